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
 * <p>Article pages live in a page cache shared by every reader, so nothing personal may be rendered into
 * them. A request is sorted into one of three variants instead, and the variant is part of the cache key:
 * {@code appeal} for most readers, {@code thanks} for a reader who contributed recently (a signed-in
 * reader's contributions, or the first-party cookie a guest's thank-you page set), {@code dismissed} for a
 * reader who dismissed the appeal (a first-party cookie). Each variant reads the same for everyone who
 * gets it, so every cached copy is correct for whoever is served it, with or without JavaScript; the
 * responses already say {@code Vary: Cookie} for caches outside the site. Nothing here ever removes or
 * shortens a word of the article.
 */
@Component
class AppealInserts implements ArticleInserts {

    static final String APPEAL = "appeal";
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
            case THANKS -> new Placement(0, "", fragment("support/thanks-note.jte", Map.of("edition", edition)));
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
