package news.broadsheet.reader;

/**
 * A reader deleted their account. Published within the deleting transaction, before the reader's row goes,
 * so a listener ({@code @EventListener}) can remove or anonymise what refers to the reader, and a failing
 * listener deletes nothing. {@code keepComments}: the reader chose to leave their comments up as by "a
 * deleted reader" rather than have them removed.
 */
public record ReaderDeleted(long readerId, boolean keepComments) {
}
