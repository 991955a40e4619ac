package news.broadsheet.comment.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.ArticleSearch;
import news.broadsheet.article.Articles;
import news.broadsheet.article.SearchHit;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The moderators' part of the newsroom at {@code /newsroom/comments}: the queue, the word lists, hold rules,
 * banned and suspended readers, and whether comments are open, pre-moderated or closed on each section and
 * article. Moderators, editors and administrators (the newsroom's URL rules); moderators reach an article's
 * comments from here, never through the article editor.
 */
@Controller
class ModerationController {

    static final String ARTICLE_MODE = "/newsroom/comments/articles/";
    private static final String CURRENT = "comments";
    private static final int FOUND_ARTICLES = 20;
    private static final Pattern ARTICLE_ADDRESS = Pattern.compile("(?:^|/)articles/([a-z0-9-]{1,120})/?(?:[?#].*)?$");

    private final NewsroomScreens screens;
    private final Moderation moderation;
    private final WordLists words;
    private final HoldRules rules;
    private final Sanctions sanctions;
    private final CommentPolicies policies;
    private final Articles articles;
    private final ArticleSearch search;
    private final Readers readers;

    ModerationController(NewsroomScreens screens, Moderation moderation, WordLists words, HoldRules rules,
                         Sanctions sanctions, CommentPolicies policies, Articles articles, ArticleSearch search,
                         Readers readers) {
        this.screens = screens;
        this.moderation = moderation;
        this.words = words;
        this.rules = rules;
        this.sanctions = sanctions;
        this.policies = policies;
        this.articles = articles;
        this.search = search;
        this.readers = readers;
    }

    @GetMapping("/newsroom/comments")
    ResponseEntity<byte[]> queue(@RequestParam(defaultValue = "pending") String queue,
                                 @RequestParam(required = false) String done, HttpServletRequest request) {
        ModerationQueue shown = ModerationQueue.of(queue);
        return screens.render(request, HttpStatus.OK, CURRENT, "comment/moderation-queue.jte", Map.of(
                "queue", shown, "queues", List.of(ModerationQueue.values()), "sizes", moderation.sizes(),
                "items", moderation.queue(shown), "done", done != null));
    }

    @PostMapping("/newsroom/comments/{id}/approve")
    ResponseEntity<Void> approve(@PathVariable long id, @RequestParam(defaultValue = "pending") String queue) {
        moderation.approve(id, screens.signedInAuditName());
        return backToQueue(queue);
    }

    @PostMapping("/newsroom/comments/{id}/reject")
    ResponseEntity<Void> reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                                @RequestParam(defaultValue = "pending") String queue) {
        moderation.reject(id, reason, screens.signedInAuditName());
        return backToQueue(queue);
    }

    @PostMapping("/newsroom/comments/{id}/feature")
    ResponseEntity<Void> feature(@PathVariable long id, @RequestParam(defaultValue = "true") boolean featured,
                                 @RequestParam(defaultValue = "pending") String queue) {
        moderation.feature(id, featured, screens.signedInAuditName());
        return backToQueue(queue);
    }

    @PostMapping("/newsroom/comments/{id}/dismiss")
    ResponseEntity<Void> dismiss(@PathVariable long id, @RequestParam(defaultValue = "reported") String queue) {
        moderation.dismissReports(id, screens.signedInAuditName());
        return backToQueue(queue);
    }

    @GetMapping("/newsroom/comments/settings")
    ResponseEntity<byte[]> settings(@RequestParam(required = false) String done, HttpServletRequest request) {
        return settingsPage(request, HttpStatus.OK, null, done != null);
    }

    @PostMapping("/newsroom/comments/readers/{readerId}/sanction")
    ResponseEntity<Void> sanction(@PathVariable long readerId, @RequestParam(defaultValue = "ban") String kind,
                                  @RequestParam(required = false) Integer days,
                                  @RequestParam(defaultValue = "") String reason) {
        if (readers.byId(readerId).isEmpty()) {
            throw new Moderation.Refused("There is no such reader.");
        }
        if ("suspend".equals(kind) && days == null) {
            throw new Moderation.Refused("Say for how many days the reader is suspended.");
        }
        moderation.sanction(readerId, "suspend".equals(kind) ? days : null, reason, screens.signedInAuditName());
        return seeOther("/newsroom/comments/settings?done#readers");
    }

    /** A reader named by their profile handle (or its address), for one who is not in the queue. */
    @PostMapping("/newsroom/comments/readers/sanction")
    ResponseEntity<Void> sanctionByHandle(@RequestParam(defaultValue = "") String reader,
                                          @RequestParam(defaultValue = "ban") String kind,
                                          @RequestParam(required = false) Integer days,
                                          @RequestParam(defaultValue = "") String reason) {
        String handle = reader.strip().replaceFirst("^.*/readers/", "");
        long readerId = readers.byHandle(handle).map(ReaderProfile::id)
                .orElseThrow(() -> new Moderation.Refused("No reader has the profile \"" + handle + "\"."));
        return sanction(readerId, kind, days, reason);
    }

    @PostMapping("/newsroom/comments/readers/{readerId}/lift")
    ResponseEntity<Void> lift(@PathVariable long readerId) {
        moderation.lift(readerId, screens.signedInAuditName());
        return seeOther("/newsroom/comments/settings?done#readers");
    }

    @PostMapping("/newsroom/comments/words")
    ResponseEntity<Void> addWord(@RequestParam(defaultValue = "") String word,
                                 @RequestParam(defaultValue = "suspect") String kind) {
        moderation.addWord(word, "banned".equals(kind) ? WordLists.Kind.BANNED : WordLists.Kind.SUSPECT,
                screens.signedInAuditName());
        return seeOther("/newsroom/comments/settings?done#words");
    }

    @PostMapping("/newsroom/comments/words/remove")
    ResponseEntity<Void> removeWord(@RequestParam(defaultValue = "") String word) {
        moderation.removeWord(word, screens.signedInAuditName());
        return seeOther("/newsroom/comments/settings?done#words");
    }

    @PostMapping("/newsroom/comments/rules")
    ResponseEntity<Void> rules(@RequestParam(defaultValue = "false") boolean links,
                               @RequestParam(name = "newAccount", defaultValue = "false") boolean newAccount) {
        String actor = screens.signedInAuditName();
        moderation.setRule(HoldRules.LINKS, links, actor);
        moderation.setRule(HoldRules.NEW_ACCOUNT, newAccount, actor);
        return seeOther("/newsroom/comments/settings?done#rules");
    }

    @PostMapping("/newsroom/comments/sections/{sectionId}/mode")
    ResponseEntity<Void> sectionMode(@PathVariable long sectionId, @RequestParam(defaultValue = "") String mode) {
        if (articles.sections().stream().noneMatch(section -> section.id() == sectionId)) {
            throw new Moderation.Refused("There is no such section.");
        }
        moderation.chooseForSection(sectionId, CommentMode.of(mode), screens.signedInAuditName());
        return seeOther("/newsroom/comments/settings?done#sections");
    }

    /**
     * Finds a published article for its comment control, by its address on the site (which opens the control at
     * once) or by words from it, so moderators need not open the article editor.
     */
    @GetMapping("/newsroom/comments/articles")
    ResponseEntity<?> findArticle(@RequestParam(defaultValue = "") String q, HttpServletRequest request) {
        String text = ArticleSearch.cleanQuery(q);
        if (text.length() > ArticleSearch.MAX_QUERY_LENGTH) {
            return foundArticles(request, HttpStatus.BAD_REQUEST, text.substring(0, ArticleSearch.MAX_QUERY_LENGTH),
                    List.of(), "Search with at most " + ArticleSearch.MAX_QUERY_LENGTH + " characters.");
        }
        Matcher address = ARTICLE_ADDRESS.matcher(text);
        if (address.find()) {
            Optional<Article> article = articles.published(address.group(1));
            if (article.isPresent()) {
                return seeOther(ARTICLE_MODE + article.get().id());
            }
            return foundArticles(request, HttpStatus.OK, text, List.of(),
                    "No published article has the address \"" + address.group(1) + "\".");
        }
        List<ArticleCard> found = text.isEmpty() ? List.of()
                : search.published(text, 1, FOUND_ARTICLES).items().stream().map(SearchHit::card).toList();
        return foundArticles(request, HttpStatus.OK, text, found, null);
    }

    /** The comment control of one article, linked from its editor, from the queue and from the search above. */
    @GetMapping("/newsroom/comments/articles/{articleId}")
    ResponseEntity<byte[]> article(@PathVariable long articleId, @RequestParam(required = false) String done,
                                   HttpServletRequest request) {
        Optional<ArticleCard> card = articles.publishedCards(List.of(articleId)).stream().findFirst();
        Optional<CommentMode> section = card.flatMap(c -> policies.sectionChoice(c.section().id()));
        Map<String, Object> model = new HashMap<>();
        model.put("articleId", articleId);
        model.put("card", card.orElse(null));
        model.put("choice", policies.articleChoice(articleId).map(CommentMode::column).orElse(""));
        model.put("sectionMode", section.orElse(CommentMode.OPEN));
        model.put("modes", List.of(CommentMode.values()));
        model.put("done", done != null);
        return screens.render(request, HttpStatus.OK, CURRENT, "comment/moderation-article.jte", model);
    }

    @PostMapping("/newsroom/comments/articles/{articleId}/mode")
    ResponseEntity<Void> articleMode(@PathVariable long articleId, @RequestParam(defaultValue = "") String mode) {
        moderation.chooseForArticle(articleId, CommentMode.of(mode), screens.signedInAuditName());
        return seeOther(ARTICLE_MODE + articleId + "?done");
    }

    @ExceptionHandler(Moderation.Refused.class)
    ResponseEntity<byte[]> refused(Moderation.Refused refused, HttpServletRequest request) {
        return settingsPage(request, HttpStatus.BAD_REQUEST, refused.getMessage(), false);
    }

    private ResponseEntity<byte[]> settingsPage(HttpServletRequest request, HttpStatus status, String problem,
                                                boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem);
        model.put("done", done);
        model.put("banned", words.words(WordLists.Kind.BANNED));
        model.put("suspect", words.words(WordLists.Kind.SUSPECT));
        model.put("rules", rules.all());
        model.put("sanctions", sanctions.active().stream()
                .map(sanction -> new SanctionView(sanction.readerId(),
                        readers.byId(sanction.readerId()).map(ReaderProfile::displayName).orElse("Reader " + sanction.readerId()),
                        sanction.isBan() ? "Banned" : "Suspended until " + CommentTimes.utc(sanction.expiresAt()),
                        sanction.reason(), sanction.decidedBy()))
                .toList());
        Map<Long, CommentMode> chosen = policies.sectionChoices();
        model.put("sections", articles.sections().stream()
                .map(section -> new SectionModeView(section.id(), section.name(),
                        chosen.getOrDefault(section.id(), CommentMode.OPEN).column()))
                .toList());
        model.put("modes", List.of(CommentMode.values()));
        return screens.render(request, status, CURRENT, "comment/moderation-settings.jte", model);
    }

    private ResponseEntity<byte[]> foundArticles(HttpServletRequest request, HttpStatus status, String query,
                                                 List<ArticleCard> found, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("found", found);
        model.put("problem", problem);
        return screens.render(request, status, CURRENT, "comment/moderation-articles.jte", model);
    }

    private static ResponseEntity<Void> backToQueue(String queue) {
        return seeOther(UriComponentsBuilder.fromPath("/newsroom/comments")
                .queryParam("queue", ModerationQueue.of(queue).param()).queryParam("done").build().toUriString());
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
