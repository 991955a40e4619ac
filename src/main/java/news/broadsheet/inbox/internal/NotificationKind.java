package news.broadsheet.inbox.internal;

import java.util.Arrays;
import java.util.Locale;

/** Why a reader is told about a comment, nearest reason first: a comment notifies a reader once, for the first. */
enum NotificationKind {

    REPLY("Replies to your comments"),
    THREAD("Replies in threads you joined"),
    FOLLOWED("New comments by readers you follow"),
    MODERATION("Moderators' decisions on your comments");

    final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** As stored, and as the account page's form names it. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NotificationKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown notification kind " + code));
    }
}
