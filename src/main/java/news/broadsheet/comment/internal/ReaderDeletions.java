package news.broadsheet.comment.internal;

import news.broadsheet.reader.ReaderDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reader deleted their account: inside the same transaction, their comments either stay, signed by "a
 * deleted reader" and tied to no account, or lose their words and become "deleted" placeholders (so others'
 * replies keep their place), as the reader chose. Their reports and any ban go with the account.
 */
@Component
class ReaderDeletions {

    static final String DELETED_READER = "A deleted reader";

    private final CommentStore store;
    private final Discussion discussion;

    ReaderDeletions(CommentStore store, Discussion discussion) {
        this.store = store;
        this.discussion = discussion;
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        var articles = store.articlesWithCommentsBy(deleted.readerId());
        articles.forEach(store::lockThread);
        if (deleted.keepComments()) {
            store.anonymise(deleted.readerId(), DELETED_READER);
        } else {
            store.erase(deleted.readerId(), DELETED_READER);
        }
        articles.forEach(articleId -> {
            store.recount(articleId);
            discussion.changed(articleId);
        });
    }
}
