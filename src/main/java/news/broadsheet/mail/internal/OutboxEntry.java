package news.broadsheet.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.mail.OutgoingMail;

/**
 * A message as the outbox page shows it: its body cut into text and links, where only links to this site
 * (verification and reset links) are made clickable, and its state in words.
 */
public record OutboxEntry(OutgoingMail mail, String created, String createdIso, String state, List<Part> parts) {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    public record Part(String text, String href) {
    }

    static List<Part> parts(String body, String siteUrl) {
        List<Part> parts = new ArrayList<>();
        Matcher url = URL.matcher(body);
        int at = 0;
        while (url.find()) {
            if (url.group().startsWith(siteUrl + "/")) {
                parts.add(new Part(body.substring(at, url.start()), null));
                parts.add(new Part(url.group(), url.group()));
                at = url.end();
            }
        }
        parts.add(new Part(body.substring(at), null));
        return parts;
    }

    static String state(OutgoingMail mail, boolean smtp) {
        if (mail.sentAt() != null) {
            return "Delivered to the mail server";
        }
        if (!smtp) {
            return "Kept here: no mail server is configured";
        }
        if (mail.lastError() != null) {
            return "Not delivered yet after " + mail.attempts() + (mail.attempts() == 1 ? " try" : " tries")
                    + " (" + mail.lastError() + "); trying again later";
        }
        return "Waiting to be delivered";
    }
}
