package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import news.broadsheet.article.CorrectionKind;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Workflow;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moving an article on: a writer submits their draft for review; editors publish, schedule, unpublish and
 * add corrections. A refusal re-renders the editor with the reason and status 400.
 */
@Controller
class ArticleWorkflowController {

    private final Workflow workflow;
    private final ArticleAccess access;
    private final EditorPages editor;
    private final Editions editions;

    ArticleWorkflowController(Workflow workflow, ArticleAccess access, EditorPages editor, Editions editions) {
        this.workflow = workflow;
        this.access = access;
        this.editor = editor;
        this.editions = editions;
    }

    @PostMapping("/newsroom/articles/{id}/submit")
    ResponseEntity<byte[]> submit(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                  HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        return outcome(request, staff, article, workflow.submitForReview(id, ArticleAccess.actor(staff)), "submitted");
    }

    @PostMapping("/newsroom/articles/{id}/publish")
    ResponseEntity<byte[]> publish(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                   HttpServletRequest request) {
        EditableArticle article = access.editorial(staff, id);
        return outcome(request, staff, article, workflow.publish(id, ArticleAccess.actor(staff)), "published");
    }

    @PostMapping("/newsroom/articles/{id}/schedule")
    ResponseEntity<byte[]> schedule(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                    @RequestParam(defaultValue = "") String publishAt,
                                    @RequestParam(defaultValue = "") String edition, HttpServletRequest request) {
        EditableArticle article = access.editorial(staff, id);
        Optional<Edition> zone = editions.find(edition);
        if (zone.isEmpty()) {
            return outcome(request, staff, article, Optional.of("Choose the edition whose time zone the time is in."), "scheduled");
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(publishAt);
        } catch (DateTimeParseException e) {
            return outcome(request, staff, article, Optional.of("Give the date and time to publish, like 2026-05-10 17:46."), "scheduled");
        }
        return outcome(request, staff, article, workflow.schedule(id, local.atZone(zone.get().zone()).toInstant(),
                edition, ArticleAccess.actor(staff)), "scheduled");
    }

    @PostMapping("/newsroom/articles/{id}/unpublish")
    ResponseEntity<byte[]> unpublish(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                     HttpServletRequest request) {
        EditableArticle article = access.editorial(staff, id);
        return outcome(request, staff, article, workflow.unpublish(id, ArticleAccess.actor(staff)), "unpublished");
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    ResponseEntity<byte[]> correct(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                   @RequestParam(defaultValue = "CORRECTION") CorrectionKind kind,
                                   @RequestParam(defaultValue = "") String text, HttpServletRequest request) {
        EditableArticle article = access.editorial(staff, id);
        return outcome(request, staff, article, workflow.addCorrection(id, kind, text, ArticleAccess.actor(staff)), "corrected");
    }

    private ResponseEntity<byte[]> outcome(HttpServletRequest request, StaffAccount staff, EditableArticle article,
                                           Optional<String> refusal, String done) {
        if (refusal.isEmpty()) {
            return StaffController.seeOther("/newsroom/articles/" + article.id() + "?" + done);
        }
        return editor.render(request, HttpStatus.BAD_REQUEST, staff, EditorState.of(article).withNotice(refusal.get()));
    }
}
