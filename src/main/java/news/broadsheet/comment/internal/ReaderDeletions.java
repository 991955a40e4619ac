package news.broadsheet.comment.internal;

import java.util.List;
import news.broadsheet.reader.ReaderDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reader deleted their account: inside the same transaction, their comments either stay, signed by "a
 * deleted reader" and tied to no account, or lose their words and become "deleted" placeholders (so others'
 * replies keep their place), as the reader chose; removed ones are withdrawn, so no copy keeps their words.
 * Their reports and any ban go with the account.
 */
@Component
class ReaderDeletions {

    static final String DELETED_READER = "A deleted reader";

    private final CommentStore store;
    private final Discussion discussion;
    private final CommentAnnouncements events;

    ReaderDeletions(CommentStore store, Discussion discussion, CommentAnnouncements events) {
        this.store = store;
        this.discussion = discussion;
        this.events = events;
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        var articles = store.articlesWithCommentsBy(deleted.readerId());
        articles.forEach(store::lockThread);
        if (deleted.keepComments()) {
            store.anonymise(deleted.readerId(), DELETED_READER);
        } else {
            List<Comment> shown = store.publishedBy(deleted.readerId());
            store.erase(deleted.readerId(), DELETED_READER);
            shown.forEach(events::withdrawn);
        }
        articles.forEach(articleId -> {
            store.recount(articleId);
            discussion.changed(articleId);
        });
    }
}
