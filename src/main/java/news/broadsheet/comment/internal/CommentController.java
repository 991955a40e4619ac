package news.broadsheet.comment.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.site.Mastheads;
import news.broadsheet.site.NavLink;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Readers' requests about comments, as plain forms that work without JavaScript: each answers with a
 * redirect back to the comment in its thread, or with a page saying why it was refused and keeping what
 * the reader typed. The live stream of new comments is here too.
 */
@Controller
class CommentController {

    private final Commenting commenting;
    private final CommentReaders readers;
    private final CommentStore store;
    private final Articles articles;
    private final Editions editions;
    private final Mastheads mastheads;
    private final Pages pages;
    private final LiveDiscussions live;

    CommentController(Commenting commenting, CommentReaders readers, CommentStore store, Articles articles,
                      Editions editions, Mastheads mastheads, Pages pages, LiveDiscussions live) {
        this.commenting = commenting;
        this.readers = readers;
        this.store = store;
        this.articles = articles;
        this.editions = editions;
        this.mastheads = mastheads;
        this.pages = pages;
        this.live = live;
    }

    @PostMapping("/articles/{slug:[a-z0-9-]{1,120}}/comments")
    ResponseEntity<byte[]> post(@PathVariable String slug, @RequestParam(defaultValue = "") String text,
                                @RequestParam(required = false) Long parent,
                                @RequestParam(defaultValue = "oldest") String sort,
                                @CookieValue(name = Editions.COOKIE, required = false) String edition,
                                HttpServletRequest request) {
        ReaderProfile reader = signedIn();
        Article article = articles.published(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Outcome outcome = commenting.post(reader, request.getRemoteAddr(), article, parent, text);
        return answer(outcome, ThreadSort.of(sort), text, article.path() + "/comments", parent, edition, request);
    }

    @PostMapping("/comments/{id}/edit")
    ResponseEntity<byte[]> edit(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                                @CookieValue(name = Editions.COOKIE, required = false) String edition,
                                HttpServletRequest request) {
        Outcome outcome = commenting.edit(signedIn(), id, text);
        return answer(outcome, ThreadSort.OLDEST, text, "/comments/" + id + "/edit", null, edition, request);
    }

    @PostMapping("/comments/{id}/delete")
    ResponseEntity<byte[]> delete(@PathVariable long id,
                                  @CookieValue(name = Editions.COOKIE, required = false) String edition,
                                  HttpServletRequest request) {
        return answer(commenting.delete(signedIn(), id), ThreadSort.OLDEST, null, null, null, edition, request,
                Notices.DELETED);
    }

    @PostMapping("/comments/{id}/recommend")
    ResponseEntity<byte[]> recommend(@PathVariable long id,
                                     @CookieValue(name = Editions.COOKIE, required = false) String edition,
                                     HttpServletRequest request) {
        return answer(commenting.recommend(signedIn(), id), ThreadSort.OLDEST, null, null, null, edition, request,
                Notices.RECOMMENDED);
    }

    @PostMapping("/comments/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                                  @CookieValue(name = Editions.COOKIE, required = false) String edition,
                                  HttpServletRequest request) {
        Outcome outcome = commenting.report(signedIn(), request.getRemoteAddr(), id, reason);
        return answer(outcome, ThreadSort.OLDEST, null, null, null, edition, request, Notices.REPORTED);
    }

    /** A comment's permalink: its article, opened at the page of the discussion that holds it. */
    @GetMapping("/comments/{id}")
    ResponseEntity<Void> permalink(@PathVariable long id) {
        return seeOther(location(store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                ThreadSort.OLDEST, null));
    }

    @GetMapping(path = "/articles/{articleId}/comments/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> live(@PathVariable long articleId,
                                    @CookieValue(name = Editions.COOKIE, required = false) String edition) throws IOException {
        if (articles.publishedCards(List.of(articleId)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(live.listen(articleId, editionOf(edition), readers.mutedByCurrent()));
    }

    private ResponseEntity<byte[]> answer(Outcome outcome, ThreadSort sort, String text, String retryAction,
                                          Long parent, String edition, HttpServletRequest request) {
        return answer(outcome, sort, text, retryAction, parent, edition, request, null);
    }

    private ResponseEntity<byte[]> answer(Outcome outcome, ThreadSort sort, String text, String retryAction,
                                          Long parent, String edition, HttpServletRequest request, String notice) {
        return switch (outcome) {
            case Outcome.Done done -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create(location(store.find(done.commentId()).orElseThrow(), sort,
                            done.held() ? Notices.HELD : notice)))
                    .build();
            case Outcome.Refused refused -> refusal(refused, text, retryAction, parent, edition, request);
        };
    }

    private String location(Comment comment, ThreadSort sort, String notice) {
        List<ArticleCard> article = articles.publishedCards(List.of(comment.articleId()));
        if (article.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var uri = UriComponentsBuilder.fromPath(article.getFirst().path());
        if (sort != ThreadSort.OLDEST) {
            uri.queryParam("sort", sort.param());
        }
        uri.queryParam("comment", comment.id());
        if (notice != null) {
            uri.queryParam("notice", notice);
        }
        boolean shown = comment.status() == CommentStatus.PUBLISHED || comment.status() == CommentStatus.PENDING;
        return uri.fragment(shown ? comment.anchor() : "comments").build().toUriString();
    }

    /** The refusal in the site's frame, with the reader's words in a form to try again. */
    private ResponseEntity<byte[]> refusal(Outcome.Refused refused, String text, String retryAction, Long parent,
                                           String editionCode, HttpServletRequest request) {
        Edition edition = editionOf(editionCode);
        List<NavLink> sections = articles.sections().stream()
                .map(section -> new NavLink(section.name(), section.path(edition.code()), false)).toList();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, Object> model = new HashMap<>();
        String title = retryAction == null ? "That could not be done" : "Your comment was not saved";
        model.put("head", new PageHead(title, null, null, List.of(), List.of(), null, false));
        model.put("masthead", mastheads.of(edition, sections));
        model.put("message", refused.message());
        model.put("text", text == null ? "" : text);
        model.put("retryAction", retryAction);
        model.put("parent", parent);
        model.put("csrf", csrf);
        return ResponseEntity.status(refused.status())
                .cacheControl(CacheControl.noStore())
                .contentType(Pages.HTML)
                .body(pages.render("comment/refused.jte", model));
    }

    private Edition editionOf(String code) {
        return editions.find(code).orElseGet(editions::defaultEdition);
    }

    /** Every comment request needs a signed-in reader; a request without one is refused outright. */
    private ReaderProfile signedIn() {
        return readers.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(location)).build();
    }
}
