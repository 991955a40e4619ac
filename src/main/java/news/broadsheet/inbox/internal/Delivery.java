package news.broadsheet.inbox.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a reader wants to hear of one kind of notification. Every choice but "off" puts it in the inbox too. */
enum Delivery {

    INBOX("In my inbox"),
    EMAIL("In my inbox and by e-mail at once"),
    DIGEST("In my inbox and in a daily e-mail"),
    OFF("Not at all");

    final String label;

    Delivery(String label) {
        this.label = label;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Delivery> of(String code) {
        return Arrays.stream(values()).filter(delivery -> delivery.code().equals(code)).findFirst();
    }
}
