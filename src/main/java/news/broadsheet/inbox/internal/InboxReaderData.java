package news.broadsheet.inbox.internal;

import news.broadsheet.reader.ReaderDataExport;
import news.broadsheet.reader.ReaderDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The inbox's part of "download my data", and of deleting an account (in the deleting transaction). */
@Component
class InboxReaderData implements ReaderDataExport {

    private final InboxStore store;

    InboxReaderData(InboxStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(long readerId) {
        return store.export(readerId);
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        store.forgetReader(deleted.readerId(), deleted.keepComments());
    }
}
