package news.broadsheet.alert.internal;

import java.util.Locale;

/** Where an alert is in its life: waiting for its time, going out, done, or called off before it went. */
public enum AlertStatus {
    QUEUED, SENDING, FINISHED, CANCELLED;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AlertStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return switch (this) {
            case QUEUED -> "Scheduled";
            case SENDING -> "Sending";
            case FINISHED -> "Finished";
            case CANCELLED -> "Cancelled";
        };
    }
}
