package news.broadsheet.reader;

/**
 * A module's part of "download my data": what it holds about a reader, as values Jackson can write as JSON
 * (records, lists, maps, strings, numbers, instants). The reader module adds the account itself.
 */
public interface ReaderDataExport {

    /** The key this module's data appears under in the download, e.g. {@code "comments"}. */
    String name();

    Object export(long readerId);
}
