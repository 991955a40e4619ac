package news.broadsheet.alert.internal;

import news.broadsheet.reader.ReaderDataExport;
import news.broadsheet.reader.ReaderDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The alert module's part of "download my data", and of deleting an account (in the deleting transaction). */
@Component
class AlertReaderData implements ReaderDataExport {

    private final Subscriptions subscriptions;

    AlertReaderData(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public Object export(long readerId) {
        return subscriptions.ofReader(readerId);
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        subscriptions.untie(deleted.readerId());
    }
}
