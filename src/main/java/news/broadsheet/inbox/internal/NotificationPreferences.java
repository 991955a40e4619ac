package news.broadsheet.inbox.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.reader.AccountPreferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account page's choice, per kind of notification, of the inbox, e-mail at once, a daily digest or nothing. */
@Component
class NotificationPreferences implements AccountPreferences {

    private static final List<Option> OPTIONS = Arrays.stream(Delivery.values())
            .map(delivery -> new Option(delivery.code(), delivery.label)).toList();

    private final InboxStore store;

    NotificationPreferences(InboxStore store) {
        this.store = store;
    }

    @Override
    public String key() {
        return "notifications";
    }

    @Override
    public String heading() {
        return "Notifications";
    }

    @Override
    public List<Preference> preferencesOf(long readerId) {
        Map<NotificationKind, Delivery> chosen = store.settings(List.of(readerId)).getOrDefault(readerId, Map.of());
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new Preference(kind.code(), kind.label, OPTIONS,
                        chosen.getOrDefault(kind, Delivery.INBOX).code()))
                .toList();
    }

    /** Every kind must come with an offered choice; nothing is stored otherwise. */
    @Override
    @Transactional
    public Optional<String> save(long readerId, Map<String, String> choices) {
        Map<NotificationKind, Delivery> settings = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Optional<Delivery> delivery = Delivery.of(choices.get(kind.code()));
            if (delivery.isEmpty()) {
                return Optional.of("Choose how to hear of “" + kind.label + "” from the list.");
            }
            settings.put(kind, delivery.get());
        }
        store.saveSettings(readerId, settings);
        return Optional.empty();
    }
}
