package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.AutosavedText;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Newsdesk;
import news.broadsheet.article.SaveOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writing a new article and editing one: explicit saves, each checked, versioned and kept as a revision. */
@Controller
class ArticleEditorController {

    static final String CONFLICT_MESSAGE = "Someone else saved this article since you opened it, so your save was "
            + "refused and nothing was overwritten. Your text is kept below as a refused revision; the form now "
            + "shows the latest saved version. Copy what you need across and save again.";

    /** Messages for the outcomes a redirect reports, by query parameter. */
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Draft created.",
            "saved", "Saved.",
            "restored", "Revision restored as the latest version.",
            "submitted", "Submitted for review.",
            "published", "Published: it is on the site now.",
            "scheduled", "Scheduled.",
            "unpublished", "Unpublished: readers can no longer see it.",
            "corrected", "Added to the foot of the article.");

    private final Newsdesk newsdesk;
    private final ArticleAccess access;
    private final EditorPages editor;

    ArticleEditorController(Newsdesk newsdesk, ArticleAccess access, EditorPages editor) {
        this.newsdesk = newsdesk;
        this.access = access;
        this.editor = editor;
    }

    @GetMapping("/newsroom/articles/new")
    ResponseEntity<byte[]> newArticle(@AuthenticationPrincipal StaffAccount staff, HttpServletRequest request) {
        return editor.render(request, HttpStatus.OK, staff, EditorState.fresh());
    }

    @PostMapping("/newsroom/articles/new")
    ResponseEntity<byte[]> create(@AuthenticationPrincipal StaffAccount staff, @ModelAttribute ArticleForm form,
                                  HttpServletRequest request) {
        return switch (newsdesk.create(form.draft(), ArticleAccess.actor(staff))) {
            case SaveOutcome.Saved saved -> StaffController.seeOther("/newsroom/articles/" + saved.articleId() + "?created");
            case SaveOutcome.Invalid invalid -> editor.render(request, HttpStatus.BAD_REQUEST, staff,
                    EditorState.fresh().withDraft(form.draft()).withProblems(invalid.problems()));
            case SaveOutcome.Conflict conflict -> throw new IllegalStateException("A new article has no version to conflict with");
        };
    }

    @GetMapping("/newsroom/articles/{id}")
    ResponseEntity<byte[]> edit(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                @RequestParam(required = false) String autosave, HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        EditorState state = EditorState.of(article).withNotice(notice(request));
        Optional<AutosavedText> newer = newsdesk.autosaveNewerThanLastSave(id, staff.id());
        if (newer.isPresent() && "restore".equals(autosave)) {
            AutosavedText text = newer.get();
            state = state.withDraft(article.draft().withText(text.headline(), text.standfirst(), text.bodyMarkdown()))
                    .withNotice("Your autosaved text is back in the form. Save to keep it.");
        } else if (newer.isPresent()) {
            state = state.withAutosaveOffer(newer.get());
        }
        return editor.render(request, HttpStatus.OK, staff, state);
    }

    @PostMapping("/newsroom/articles/{id}")
    ResponseEntity<byte[]> save(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                @ModelAttribute ArticleForm form, HttpServletRequest request) {
        EditableArticle article = access.editable(staff, id);
        int version = form.version() == null ? 0 : form.version();
        return switch (newsdesk.save(id, version, form.draft(), ArticleAccess.actor(staff))) {
            case SaveOutcome.Saved saved -> StaffController.seeOther("/newsroom/articles/" + id + "?saved");
            case SaveOutcome.Invalid invalid -> editor.render(request, HttpStatus.BAD_REQUEST, staff,
                    EditorState.of(article).withDraft(form.draft()).withProblems(invalid.problems()));
            case SaveOutcome.Conflict conflict -> editor.render(request, HttpStatus.CONFLICT, staff,
                    EditorState.of(conflict.current()).withNotice(CONFLICT_MESSAGE).withRefused(conflict.refused()));
        };
    }

    static String notice(HttpServletRequest request) {
        return NOTICES.entrySet().stream()
                .filter(entry -> request.getParameter(entry.getKey()) != null)
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
