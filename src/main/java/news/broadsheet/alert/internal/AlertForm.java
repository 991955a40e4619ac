package news.broadsheet.alert.internal;

import java.util.List;

/**
 * The compose form as posted: the article the alert leads to (its slug), the words and picture, the
 * audience, and when: "now", or "later" at {@code sendAt}, a local date-time in the edition's zone.
 */
public record AlertForm(String article, String title, String body, String image, String edition, List<String> topics,
                 String when, String sendAt) {

    static final String NOW = "now";
    static final String LATER = "later";

    public AlertForm {
        article = clean(article);
        title = clean(title);
        body = clean(body);
        image = clean(image);
        edition = clean(edition);
        topics = topics == null ? List.of() : List.copyOf(topics);
        when = LATER.equals(when) ? LATER : NOW;
        sendAt = clean(sendAt);
    }

    public boolean later() {
        return LATER.equals(when);
    }

    public boolean hasTopic(String id) {
        return topics.contains(id);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
