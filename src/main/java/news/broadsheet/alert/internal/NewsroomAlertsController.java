package news.broadsheet.alert.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.broadsheet.article.Article;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.site.Assets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors' alert pages in the newsroom: the history with delivery figures, composing an alert from an
 * article with a preview, and the live progress of one alert. Editors only (NewsroomSecurityConfiguration).
 */
@Controller
class NewsroomAlertsController {

    private static final String CURRENT = "alerts";
    private static final int HISTORY = 100;

    private final NewsroomScreens screens;
    private final Alerts alerts;
    private final AlertComposer composer;
    private final AlertDispatch dispatch;
    private final Articles articles;
    private final Editions editions;
    private final AlertTopics topics;
    private final Assets assets;

    NewsroomAlertsController(NewsroomScreens screens, Alerts alerts, AlertComposer composer, AlertDispatch dispatch,
                             Articles articles, Editions editions, AlertTopics topics, Assets assets) {
        this.screens = screens;
        this.alerts = alerts;
        this.composer = composer;
        this.dispatch = dispatch;
        this.articles = articles;
        this.editions = editions;
        this.topics = topics;
        this.assets = assets;
    }

    @GetMapping("/newsroom/alerts")
    ResponseEntity<byte[]> history(HttpServletRequest request) {
        Instant now = Instant.now();
        List<AlertView> history = alerts.latest(HISTORY).stream().map(alert -> view(alert, now)).toList();
        return screens.render(request, HttpStatus.OK, CURRENT, "alert/newsroom-history.jte", Map.of(
                "alerts", history, "articles", articles.allPublished(0, 30), "styleHref", styleHref()));
    }

    @GetMapping("/newsroom/alerts/new")
    ResponseEntity<byte[]> compose(@RequestParam(defaultValue = "") String article, HttpServletRequest request) {
        Article chosen = articles.published(article).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return compose(request, HttpStatus.OK, composer.prefilled(chosen), Map.of());
    }

    /** "preview" shows the form again with the preview updated; anything else sends or schedules. */
    @PostMapping("/newsroom/alerts")
    ResponseEntity<byte[]> create(@RequestParam(defaultValue = "") String article,
                                  @RequestParam(defaultValue = "") String title,
                                  @RequestParam(defaultValue = "") String body,
                                  @RequestParam(defaultValue = "") String image,
                                  @RequestParam(defaultValue = "") String edition,
                                  @RequestParam(required = false) List<String> topics,
                                  @RequestParam(defaultValue = AlertForm.NOW) String when,
                                  @RequestParam(defaultValue = "") String sendAt,
                                  @RequestParam(defaultValue = "send") String action,
                                  HttpServletRequest request) {
        AlertForm form = new AlertForm(article, title, body, image, edition, topics, when, sendAt);
        AlertComposer.Result result = composer.check(form, screens.signedInAuditName());
        if (!result.problems().isEmpty()) {
            return compose(request, HttpStatus.BAD_REQUEST, form, result.problems());
        }
        if ("preview".equals(action)) {
            return compose(request, HttpStatus.OK, form, Map.of());
        }
        long id = dispatch.send(result.alert(), !form.later());
        return seeOther("/newsroom/alerts/" + id);
    }

    @GetMapping("/newsroom/alerts/{id}")
    ResponseEntity<byte[]> progress(@PathVariable long id, HttpServletRequest request) {
        AlertView alert = view(find(id), Instant.now());
        return screens.render(request, HttpStatus.OK, CURRENT, "alert/newsroom-progress.jte", Map.of(
                "view", alert, "styleHref", styleHref(), "scriptHref", assets.href("/assets/newsroom-alerts.js")));
    }

    @GetMapping("/newsroom/alerts/{id}/progress")
    ResponseEntity<Map<String, Object>> progressJson(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(find(id), Instant.now()).progress());
    }

    @PostMapping("/newsroom/alerts/{id}/cancel")
    ResponseEntity<byte[]> cancel(@PathVariable long id) {
        find(id);
        dispatch.cancel(id, screens.signedInAuditName());
        return seeOther("/newsroom/alerts/" + id);
    }

    private ResponseEntity<byte[]> compose(HttpServletRequest request, HttpStatus status, AlertForm form,
                                           Map<String, String> problems) {
        Edition edition = editions.find(form.edition()).orElseGet(editions::defaultEdition);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problems", problems);
        model.put("article", articles.published(form.article()).orElse(null));
        model.put("editions", editions.all());
        model.put("topics", topics.all());
        model.put("zone", edition.zone().getId());
        model.put("earliest", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                Instant.now().truncatedTo(ChronoUnit.MINUTES).atZone(edition.zone()).toLocalDateTime()));
        model.put("maxTitle", AlertComposer.MAX_TITLE);
        model.put("maxBody", AlertComposer.MAX_BODY);
        model.put("styleHref", styleHref());
        return screens.render(request, status, CURRENT, "alert/newsroom-compose.jte", model);
    }

    private String styleHref() {
        return assets.href("/assets/newsroom-alerts.css");
    }

    private Alert find(long id) {
        return alerts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AlertView view(Alert alert, Instant now) {
        Edition edition = editions.find(alert.edition()).orElseGet(editions::defaultEdition);
        Map<String, String> labels = topics.all().stream().collect(Collectors.toMap(AlertTopic::id, AlertTopic::label));
        String audience = alert.topics().stream().map(topic -> labels.getOrDefault(topic, topic))
                .collect(Collectors.joining(", "));
        return AlertView.of(alert, edition, audience, now);
    }

    private static ResponseEntity<byte[]> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
    }
}
