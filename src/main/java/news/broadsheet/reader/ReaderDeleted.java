package news.broadsheet.reader;

/**
 * A reader deleted their account, within the transaction that deletes it. {@code keepComments}: the reader
 * chose to leave their comments up as by "a deleted reader" rather than remove them.
 */
public record ReaderDeleted(long readerId, boolean keepComments) {
}
