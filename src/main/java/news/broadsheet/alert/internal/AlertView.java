package news.broadsheet.alert.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.edition.Edition;

/** An alert as the newsroom reads it: its figures, its audience in words, and times in its edition's zone. */
public record AlertView(Alert alert, String audience, String scheduled, String started, String finished, long ratePerSecond) {

    static AlertView of(Alert alert, Edition edition, String topicLabels, Instant now) {
        return new AlertView(alert, edition.name() + ": " + topicLabels, time(edition, alert.scheduledFor()),
                time(edition, alert.startedAt()), time(edition, alert.finishedAt()), alert.ratePerSecond(now));
    }

    /** What the progress script reads every second. */
    Map<String, Object> progress() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", alert.status().column());
        json.put("statusLabel", alert.status().label());
        json.put("queued", alert.queued());
        json.put("done", alert.done());
        json.put("sent", alert.sent());
        json.put("failed", alert.failed());
        json.put("pruned", alert.pruned());
        json.put("ratePerSecond", ratePerSecond);
        json.put("started", started);
        json.put("finished", finished);
        return json;
    }

    public boolean over() {
        return alert.status() == AlertStatus.FINISHED || alert.status() == AlertStatus.CANCELLED;
    }

    private static String time(Edition edition, Instant instant) {
        return instant == null ? "" : edition.formatTime(instant);
    }
}
