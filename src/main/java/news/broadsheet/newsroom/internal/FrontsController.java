package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.Articles;
import news.broadsheet.article.FrontChangeRefused;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontMove;
import news.broadsheet.article.FrontSlot;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Assets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors choose each edition's lead story and top stories (editors and administrators only; see
 * {@link NewsroomSecurityConfiguration}). Every change is a plain form post, so ordering works without
 * JavaScript; {@code newsroom-fronts.js} adds dragging, which posts the whole new order.
 */
@Controller
class FrontsController {

    /** How many of the edition's latest stories are offered for the front. */
    static final int CANDIDATES = 30;

    private final NewsroomPages pages;
    private final FrontDesk fronts;
    private final Articles articles;
    private final Editions editions;
    private final Assets assets;

    FrontsController(NewsroomPages pages, FrontDesk fronts, Articles articles, Editions editions, Assets assets) {
        this.pages = pages;
        this.fronts = fronts;
        this.articles = articles;
        this.editions = editions;
        this.assets = assets;
    }

    @GetMapping("/newsroom/fronts/{code:[a-z]{2}}")
    ResponseEntity<byte[]> show(@PathVariable String code, HttpServletRequest request) {
        return page(request, HttpStatus.OK, edition(code), null);
    }

    @PostMapping("/newsroom/fronts/{code:[a-z]{2}}/add")
    ResponseEntity<byte[]> add(@AuthenticationPrincipal StaffAccount editor, @PathVariable String code,
                               @RequestParam long article, HttpServletRequest request) {
        return change(request, edition(code), () -> fronts.add(code, article, editor.auditName()));
    }

    @PostMapping("/newsroom/fronts/{code:[a-z]{2}}/move")
    ResponseEntity<byte[]> move(@AuthenticationPrincipal StaffAccount editor, @PathVariable String code,
                                @RequestParam long article, @RequestParam FrontMove to, HttpServletRequest request) {
        return change(request, edition(code), () -> fronts.move(code, article, to, editor.auditName()));
    }

    @PostMapping("/newsroom/fronts/{code:[a-z]{2}}/remove")
    ResponseEntity<byte[]> remove(@AuthenticationPrincipal StaffAccount editor, @PathVariable String code,
                                  @RequestParam long article, HttpServletRequest request) {
        return change(request, edition(code), () -> fronts.remove(code, article, editor.auditName()));
    }

    @PostMapping("/newsroom/fronts/{code:[a-z]{2}}/order")
    ResponseEntity<byte[]> order(@AuthenticationPrincipal StaffAccount editor, @PathVariable String code,
                                 @RequestParam(name = "article", defaultValue = "") List<Long> order,
                                 HttpServletRequest request) {
        return change(request, edition(code), () -> fronts.reorder(code, order, editor.auditName()));
    }

    private ResponseEntity<byte[]> change(HttpServletRequest request, Edition edition, Runnable change) {
        try {
            change.run();
        } catch (FrontChangeRefused refused) {
            return page(request, HttpStatus.BAD_REQUEST, edition, refused.getMessage());
        }
        return StaffController.seeOther("/newsroom/fronts/" + edition.code() + "?changed");
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Edition edition, String problem) {
        List<FrontSlot> curated = fronts.curated(edition.code());
        Set<Long> placed = curated.stream().map(FrontSlot::articleId).collect(Collectors.toSet());
        List<ArticleCard> candidates = articles.latestInEdition(edition.code(), 1, CANDIDATES).items().stream()
                .filter(card -> !placed.contains(card.id()))
                .toList();
        boolean changed = problem == null && request.getParameter("changed") != null;
        return pages.render(request, status, "fronts", "newsroom/fronts.jte", Map.of("front", new FrontsPage(
                edition, editions.all(), curated, candidates, problem, changed,
                assets.href("/assets/newsroom-fronts.js"))));
    }

    private Edition edition(String code) {
        return editions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
