package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.article.ArticleInserts;
import news.broadsheet.edition.Edition;
import news.broadsheet.site.Assets;
import news.broadsheet.site.Pages;
import org.springframework.stereotype.Component;

/**
 * The appeal in every article: inside the body after the edition's chosen paragraph and again at the foot.
 *
 * <p>Article pages live in a page cache shared by every reader who is not signed in, so nothing personal may
 * be rendered into the page most readers get: that shared variant carries the appeal. A reader who
 * contributed recently (a signed-in reader's own contributions, or the first-party cookie a guest's thank-you
 * page set) gets the {@code thanks} variant, and one who dismissed the appeal (a first-party cookie) the
 * {@code dismissed} one; those pages are rendered for the request and never kept, so the shared cache never
 * holds them and never serves them to anyone else. Should a cache in front answer a guest with the shared
 * page all the same, support.js reads the same two cookies and hides the appeal (showing the thank-you,
 * which the shared page carries hidden), so the choice holds with JavaScript whatever the cache does, and
 * without it wherever the request reaches the application. Nothing here removes or shortens a word of the
 * article.
 */
@Component
class AppealInserts implements ArticleInserts {

    static final String APPEAL = ArticleInserts.SHARED;
    static final String THANKS = "thanks";
    static final String DISMISSED = "dismissed";

    private final JdbcSupportSettings settings;
    private final SupporterRecognition recognition;
    private final Pages pages;
    private final Assets assets;

    AppealInserts(JdbcSupportSettings settings, SupporterRecognition recognition, Pages pages, Assets assets) {
        this.settings = settings;
        this.recognition = recognition;
        this.pages = pages;
        this.assets = assets;
    }

    @Override
    public String variant(HttpServletRequest request, Edition edition) {
        if (AppealCookies.has(request, AppealCookies.SUPPORTED) || recognition.signedInReaderContributedRecently()) {
            return THANKS;
        }
        return AppealCookies.has(request, AppealCookies.DISMISSED) ? DISMISSED : APPEAL;
    }

    @Override
    public Placement render(String variant, Edition edition) {
        return switch (variant) {
            case APPEAL -> appeal(edition, settings.of(edition.code()), true);
            case THANKS -> new Placement(0, "", fragment("support/thanks-note.jte", Map.of("hidden", false)));
            default -> Placement.NONE;
        };
    }

    /**
     * The appeal with these settings, as it stands in an article; the newsroom previews it {@code live = false},
     * without its script and without counting a view.
     */
    Placement appeal(Edition edition, SupportSettings with, boolean live) {
        AppealView view = AppealView.of(edition, with);
        Map<String, Object> model = Map.of("appeal", view, "scriptHref", assets.href("/assets/support.js"),
                "live", live);
        return new Placement(with.appealAfterParagraph(), fragment("support/appeal.jte", model),
                fragment("support/appeal-foot.jte", model));
    }

    private String fragment(String template, Map<String, Object> model) {
        return new String(pages.render(template, model), StandardCharsets.UTF_8);
    }
}
