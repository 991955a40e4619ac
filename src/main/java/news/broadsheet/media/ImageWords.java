package news.broadsheet.media;

/**
 * The words that go with a picture: alt text for people who cannot see it, the caption under it and the
 * credit of who made it. Plain text; templates escape it wherever it is shown.
 */
public record ImageWords(String altText, String caption, String credit) {

    public ImageWords {
        altText = altText == null ? "" : altText;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }

    /** A picture may go on a published page only with all three. */
    public boolean complete() {
        return !altText.isBlank() && !caption.isBlank() && !credit.isBlank();
    }
}
