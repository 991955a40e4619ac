package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.article.ArticleStatus;
import news.broadsheet.article.Newsdesk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk: the newsroom's home, listing what is being written, reviewed, scheduled and published. */
@Controller
class DeskController {

    static final int LIST_LENGTH = 20;

    private final NewsroomPages pages;
    private final Newsdesk newsdesk;

    DeskController(NewsroomPages pages, Newsdesk newsdesk) {
        this.pages = pages;
        this.newsdesk = newsdesk;
    }

    /** A moderator's desk points to their work; the lists of articles are for those who write them. */
    @GetMapping("/newsroom")
    ResponseEntity<byte[]> desk(@AuthenticationPrincipal StaffAccount staff, HttpServletRequest request) {
        boolean passwordChanged = request.getParameter("password-changed") != null;
        if (!staff.can(Role.WRITER)) {
            return pages.render(request, "home", "newsroom/moderator-home.jte", Map.of("passwordChanged", passwordChanged));
        }
        return pages.render(request, "home", "newsroom/home.jte", Map.of(
                "myDrafts", newsdesk.draftsOf(staff.id(), LIST_LENGTH),
                "inReview", newsdesk.withStatus(ArticleStatus.IN_REVIEW, LIST_LENGTH),
                "scheduled", newsdesk.withStatus(ArticleStatus.SCHEDULED, LIST_LENGTH),
                "published", newsdesk.withStatus(ArticleStatus.PUBLISHED, LIST_LENGTH),
                "passwordChanged", passwordChanged));
    }
}
