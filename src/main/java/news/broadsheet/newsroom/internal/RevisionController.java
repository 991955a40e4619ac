package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Newsdesk;
import news.broadsheet.article.Revision;
import news.broadsheet.article.SaveOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An article's history: every save, what it changed, and restoring any of them as a new save. */
@Controller
class RevisionController {

    private final Newsdesk newsdesk;
    private final ArticleAccess access;
    private final NewsroomPages pages;
    private final EditorPages editor;

    RevisionController(Newsdesk newsdesk, ArticleAccess access, NewsroomPages pages, EditorPages editor) {
        this.newsdesk = newsdesk;
        this.access = access;
        this.pages = pages;
        this.editor = editor;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    ResponseEntity<byte[]> list(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        return pages.render(request, "articles", "newsroom/revisions.jte",
                Map.of("article", article, "revisions", newsdesk.revisions(id)));
    }

    @GetMapping("/newsroom/articles/{id}/revisions/{revisionId}")
    ResponseEntity<byte[]> show(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                @PathVariable long revisionId, HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        Revision revision = revisionOf(id, revisionId);
        Revision before = newsdesk.revisionBefore(id, revisionId).orElse(null);
        return pages.render(request, "articles", "newsroom/revision.jte",
                Map.of("page", RevisionPage.of(article, revision, before)));
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{revisionId}/restore")
    ResponseEntity<byte[]> restore(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                   @PathVariable long revisionId, @RequestParam(defaultValue = "0") int version,
                                   HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        revisionOf(id, revisionId);
        return switch (newsdesk.restore(id, revisionId, version, ArticleAccess.actor(staff))) {
            case SaveOutcome.Saved saved -> StaffController.seeOther("/newsroom/articles/" + id + "?restored");
            case SaveOutcome.Invalid invalid -> editor.render(request, HttpStatus.BAD_REQUEST, staff,
                    EditorState.of(article).withProblems(invalid.problems())
                            .withNotice("That revision cannot be restored as it is; the problems are listed below."));
            case SaveOutcome.Conflict conflict -> editor.render(request, HttpStatus.CONFLICT, staff,
                    EditorState.of(conflict.current()).withNotice(ArticleEditorController.CONFLICT_MESSAGE)
                            .withRefused(conflict.refused()));
        };
    }

    private Revision revisionOf(long articleId, long revisionId) {
        return newsdesk.revision(articleId, revisionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
