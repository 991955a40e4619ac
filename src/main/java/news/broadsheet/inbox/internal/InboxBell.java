package news.broadsheet.inbox.internal;

import news.broadsheet.reader.ReaderRelations;
import news.broadsheet.reader.UnreadNotifications;
import org.springframework.stereotype.Component;

/** The unread count beside the signed-in reader's name in the masthead. */
@Component
class InboxBell implements UnreadNotifications {

    private final InboxStore store;
    private final ReaderRelations relations;

    InboxBell(InboxStore store, ReaderRelations relations) {
        this.store = store;
        this.relations = relations;
    }

    @Override
    public String href() {
        return InboxSecurity.NOTIFICATIONS;
    }

    @Override
    public int unreadFor(long readerId) {
        return store.unread(readerId, relations.mutedBy(readerId));
    }
}
