package news.broadsheet.edition;

/**
 * What an administrator may change about an edition, as typed: the code picks the edition and is fixed. The
 * appeal body is plain text whose paragraphs are separated by blank lines.
 */
public record EditionSettings(String code, String name, String timeZone, String datePattern, String appealHeading,
                              String appealBody) {
}
