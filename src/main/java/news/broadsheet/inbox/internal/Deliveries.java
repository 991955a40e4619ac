package news.broadsheet.inbox.internal;

import java.util.List;
import java.util.Optional;
import news.broadsheet.mail.Mailer;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import news.broadsheet.site.Site;
import org.springframework.stereotype.Component;

/**
 * Tells a reader of one notification as they chose for its kind: into the inbox, and also by e-mail at once
 * or into the daily digest, or not at all. Mail goes through {@link Mailer} in the caller's transaction, so a
 * notification and its e-mail are kept together or not at all.
 */
@Component
class Deliveries {

    static final String DELETED_READER = "A deleted reader";

    private final InboxStore store;
    private final Mailer mailer;
    private final Readers readers;
    private final Site site;

    Deliveries(InboxStore store, Mailer mailer, Readers readers, Site site) {
        this.store = store;
        this.mailer = mailer;
        this.readers = readers;
        this.site = site;
    }

    void deliver(Notification notification, Delivery delivery) {
        if (delivery == Delivery.OFF || !store.add(notification, delivery == Delivery.DIGEST)) {
            return;
        }
        if (delivery == Delivery.EMAIL) {
            readers.mailAddress(notification.recipientId()).ifPresent(address ->
                    mailer.send(address, sentence(notification), body(List.of(notification))));
        }
    }

    /** One e-mail with every notification the reader has not read since the last digest. */
    void sendDigest(long recipientId, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        readers.mailAddress(recipientId).ifPresent(address -> mailer.send(address,
                notifications.size() == 1 ? "Your day at " + site.name() + ": " + sentence(notifications.getFirst())
                        : "Your day at " + site.name() + ": " + notifications.size() + " notifications",
                body(notifications)));
    }

    /** What happened, in a sentence that names nobody's private data: "Ana replied to your comment on …". */
    String sentence(Notification notification) {
        String on = notification.articleTitle().isEmpty() ? "" : " on “" + notification.articleTitle() + "”";
        return switch (notification.kind()) {
            case REPLY -> authorName(notification) + " replied to your comment" + on;
            case THREAD -> authorName(notification) + " replied in a thread you joined" + on;
            case FOLLOWED -> authorName(notification) + ", whom you follow, commented" + on;
            case MODERATION -> "A moderator " + switch (notification.decision()) {
                case "approved" -> "approved your comment";
                case "rejected" -> "removed your comment";
                case "featured" -> "featured your comment";
                default -> "reviewed your comment";
            } + on;
        };
    }

    String authorName(Notification notification) {
        return Optional.ofNullable(notification.authorId()).flatMap(readers::byId)
                .map(ReaderProfile::displayName).orElse(DELETED_READER);
    }

    private String body(List<Notification> notifications) {
        StringBuilder body = new StringBuilder("Hello,\n\n");
        for (Notification notification : notifications) {
            body.append(sentence(notification)).append(":\n\n");
            if (notification.kind() == NotificationKind.MODERATION) {
                if (notification.reason() != null && !notification.reason().isBlank()) {
                    body.append("  The moderator's reason: ").append(notification.reason()).append("\n\n");
                }
            } else {
                body.append("  ").append(notification.excerpt().replace("\n", "\n  ")).append("\n\n");
            }
            body.append(site.absolute(notification.permalink())).append("\n\n");
        }
        body.append("Choose how you hear from us, or stop these e-mails, on your account page: ")
                .append(site.absolute("/account")).append('\n');
        return body.toString();
    }
}
