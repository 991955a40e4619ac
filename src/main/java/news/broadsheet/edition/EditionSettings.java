package news.broadsheet.edition;

/**
 * What an administrator may change about an edition, as typed: the code picks the edition and is fixed. The
 * appeal body is plain text whose paragraphs are separated by blank lines. {@code breakingAlerts}: whether
 * publishing an article with the topic "breaking" alerts the edition's breaking-news subscribers by itself.
 */
public record EditionSettings(String code, String name, String timeZone, String datePattern, String appealHeading,
                              String appealBody, boolean breakingAlerts) {
}
