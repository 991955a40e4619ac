package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.article.Articles;
import news.broadsheet.article.Newsdesk;
import news.broadsheet.edition.Editions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Renders the article editor with everything its selects and checkboxes offer. */
@Component
class EditorPages {

    static final int IMAGE_CHOICES = 60;

    private final NewsroomPages pages;
    private final Newsdesk newsdesk;
    private final Articles articles;
    private final Editions editions;

    EditorPages(NewsroomPages pages, Newsdesk newsdesk, Articles articles, Editions editions) {
        this.pages = pages;
        this.newsdesk = newsdesk;
        this.articles = articles;
        this.editions = editions;
    }

    ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, StaffAccount staff, EditorState state) {
        boolean stored = state.article() != null;
        EditorPage page = new EditorPage(state, newsdesk.preview(state.draft().bodyMarkdown()), articles.sections(),
                articles.authors(), editions.all(), newsdesk.heroImageChoices(IMAGE_CHOICES),
                stored && staff.can(Role.EDITOR), stored && ArticleAccess.maySubmit(staff, state.article()));
        return pages.render(request, status, "articles", "newsroom/article.jte", Map.of("page", page));
    }
}
