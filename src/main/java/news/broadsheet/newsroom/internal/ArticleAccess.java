package news.broadsheet.newsroom.internal;

import news.broadsheet.article.Actor;
import news.broadsheet.article.ArticleStatus;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Newsdesk;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may touch which article. URL rules in {@link NewsroomSecurityConfiguration} keep writers away from
 * publishing; this adds what a URL cannot say: a writer works only on their own drafts and articles in review.
 */
@Component
class ArticleAccess {

    private final Newsdesk newsdesk;

    ArticleAccess(Newsdesk newsdesk) {
        this.newsdesk = newsdesk;
    }

    static boolean mayEdit(StaffAccount staff, EditableArticle article) {
        if (staff.can(Role.EDITOR)) {
            return true;
        }
        return article.ownedBy(staff.id())
                && (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW);
    }

    static boolean maySubmit(StaffAccount staff, EditableArticle article) {
        return article.status() == ArticleStatus.DRAFT && (article.ownedBy(staff.id()) || staff.can(Role.EDITOR));
    }

    /** The article, if this staff member may edit it; 404 if there is none, 403 if it is not theirs to edit. */
    EditableArticle editable(StaffAccount staff, long id) {
        EditableArticle article = newsdesk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mayEdit(staff, article)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return article;
    }

    /** Editors only; the URL rules already say so, and this holds even if a rule is ever loosened. */
    EditableArticle editorial(StaffAccount staff, long id) {
        if (!staff.can(Role.EDITOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return editable(staff, id);
    }

    static Actor actor(StaffAccount staff) {
        return new Actor(staff.id(), staff.auditName());
    }
}
