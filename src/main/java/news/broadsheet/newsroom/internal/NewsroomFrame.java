package news.broadsheet.newsroom.internal;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every newsroom page needs around its content: who is signed in, the CSRF token for its forms,
 * which part of the newsroom is open, and the stylesheet.
 */
public record NewsroomFrame(StaffAccount staff, CsrfToken csrf, String current, String siteName,
                            String stylesheetHref, String scriptHref) {

    public boolean isCurrent(String part) {
        return part.equals(current);
    }
}
