package news.broadsheet.inbox.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily e-mail of notifications for readers who chose it, one transaction per reader. */
@Component
class Digests {

    private final InboxStore store;
    private final Deliveries deliveries;
    private final TransactionTemplate transaction;

    Digests(InboxStore store, Deliveries deliveries, TransactionTemplate transaction) {
        this.store = store;
        this.deliveries = deliveries;
        this.transaction = transaction;
    }

    void sendAll() {
        for (long recipient : store.digestRecipients()) {
            transaction.executeWithoutResult(status -> deliveries.sendDigest(recipient, store.takeDigest(recipient)));
        }
    }
}
