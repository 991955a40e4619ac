package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.site.Assets;
import news.broadsheet.site.Pages;
import news.broadsheet.site.Site;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Renders newsroom pages: personal, never cached, always framed by {@link NewsroomFrame}. */
@Component
public class NewsroomPages implements NewsroomScreens {

    private final Pages pages;
    private final Assets assets;
    private final Site site;

    NewsroomPages(Pages pages, Assets assets, Site site) {
        this.pages = pages;
        this.assets = assets;
        this.site = site;
    }

    public ResponseEntity<byte[]> render(HttpServletRequest request, String current, String template,
                                         Map<String, Object> model) {
        return render(request, HttpStatus.OK, current, template, model);
    }

    @Override
    public ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, String current,
                                         String template, Map<String, Object> model) {
        Map<String, Object> framed = new HashMap<>(model);
        framed.put("frame", frame(request, current));
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(Pages.HTML)
                .body(pages.render(template, framed));
    }

    @Override
    public String signedInAuditName() {
        StaffAccount staff = signedIn();
        if (staff == null) {
            throw new IllegalStateException("No staff member is signed in to this request");
        }
        return staff.auditName();
    }

    private static StaffAccount signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffAccount member ? member : null;
    }

    private NewsroomFrame frame(HttpServletRequest request, String current) {
        StaffAccount staff = signedIn();
        return new NewsroomFrame(staff, (CsrfToken) request.getAttribute(CsrfToken.class.getName()), current,
                site.name(), assets.href("/assets/newsroom.css"), assets.href("/assets/newsroom.js"));
    }
}
