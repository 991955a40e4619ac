package news.broadsheet.alert.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.alert.internal.push.WebPushEncryption;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service worker receives for an alert (static/sw.js reads it): title, body, image, the
 * click-through address that counts the open before going to the story, and a tag so a browser shows one
 * notification per alert even if it is delivered twice. A reply to a reader's comment is announced the same
 * way, leading straight to the reply.
 */
record AlertMessage(byte[] payload, byte[] trimmedPayload, String topic) {

    /** How much of the body survives when a push service says the message is too large. */
    static final int TRIMMED_BODY = 100;

    static AlertMessage of(Alert alert) {
        return of(alert.title(), alert.body(), clickThrough(alert.id(), alert.url()), alert.imageUrl(),
                "alert-" + alert.id());
    }

    /** "Ana replied to your comment", with the start of the reply, leading to it. */
    static AlertMessage ofReply(ReplyJob reply) {
        String on = reply.articleTitle().isBlank() ? "" : "On “" + reply.articleTitle() + "”: ";
        return of(reply.replierName() + " replied to your comment", on + reply.excerpt(),
                SameSitePaths.isSameSite(reply.permalink()) ? reply.permalink() : "/", null, "reply-" + reply.replyId());
    }

    /** {@code tag} also names the message to push services (RFC 8030 Topic), so a newer copy replaces an older one. */
    private static AlertMessage of(String title, String body, String url, String image, String tag) {
        String trimmedBody = trimmed(body, TRIMMED_BODY);
        byte[] full = json(title, body, url, image, tag);
        if (full.length > WebPushEncryption.MAX_PLAINTEXT) {
            full = json(title, body, url, null, tag);
        }
        return new AlertMessage(full, json(title, trimmedBody, url, null, tag), tag);
    }

    private static String trimmed(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints
                ? text : text.substring(0, text.offsetByCodePoints(0, codePoints - 1)).strip() + "…";
    }

    static String clickThrough(long alertId, String target) {
        return "/alerts/" + alertId + "/open?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static byte[] json(String title, String body, String url, String image, String tag) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("url", url);
        if (image != null) {
            fields.put("image", image);
        }
        fields.put("tag", tag);
        return JsonMapper.shared().writeValueAsBytes(fields);
    }
}
