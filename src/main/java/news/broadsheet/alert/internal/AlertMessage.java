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
 * notification per alert even if it is delivered twice.
 */
record AlertMessage(byte[] payload, byte[] trimmedPayload, String topic) {

    /** How much of the body survives when a push service says the message is too large. */
    static final int TRIMMED_BODY = 100;

    static AlertMessage of(Alert alert) {
        String body = alert.body();
        String trimmedBody = body.codePointCount(0, body.length()) <= TRIMMED_BODY
                ? body : body.substring(0, body.offsetByCodePoints(0, TRIMMED_BODY - 1)).strip() + "…";
        byte[] full = json(alert, alert.body(), alert.imageUrl());
        if (full.length > WebPushEncryption.MAX_PLAINTEXT) {
            full = json(alert, alert.body(), null);
        }
        return new AlertMessage(full, json(alert, trimmedBody, null), "alert-" + alert.id());
    }

    static String clickThrough(long alertId, String target) {
        return "/alerts/" + alertId + "/open?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static byte[] json(Alert alert, String body, String image) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", alert.title());
        fields.put("body", body);
        fields.put("url", clickThrough(alert.id(), alert.url()));
        if (image != null) {
            fields.put("image", image);
        }
        fields.put("tag", "alert-" + alert.id());
        return JsonMapper.shared().writeValueAsBytes(fields);
    }
}
