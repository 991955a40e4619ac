package news.broadsheet.reader;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Articles;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.site.Mastheads;
import news.broadsheet.site.NavLink;
import news.broadsheet.site.PageHead;
import news.broadsheet.site.Pages;
import news.broadsheet.site.Site;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Renders a reader's own pages (account, profile forms, inbox) in the site's layout, in the reader's edition.
 * They are personal or carry a form's CSRF token, so they are never cached anywhere.
 */
@Component
public class PersonalPages {

    private final Pages pages;
    private final Mastheads mastheads;
    private final Editions editions;
    private final Articles articles;
    private final Site site;

    PersonalPages(Pages pages, Mastheads mastheads, Editions editions, Articles articles, Site site) {
        this.pages = pages;
        this.mastheads = mastheads;
        this.editions = editions;
        this.articles = articles;
        this.site = site;
    }

    public ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, String title, String path,
                                  boolean indexable, String template, Map<String, Object> model) {
        Edition edition = edition(request);
        List<NavLink> sections = articles.sections().stream()
                .map(section -> new NavLink(section.name(), section.path(edition.code()), false))
                .toList();
        Map<String, Object> full = new HashMap<>(model);
        full.put("head", new PageHead(title, null, site.absolute(path), List.of(), List.of(), null, indexable));
        full.put("masthead", mastheads.of(edition, sections));
        full.put("csrf", request.getAttribute(CsrfToken.class.getName()));
        full.put("edition", edition);
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(Pages.HTML)
                .body(pages.render(template, full));
    }

    public Edition edition(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(cookie -> Editions.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
        return editions.find(chosen).orElseGet(editions::defaultEdition);
    }
}
