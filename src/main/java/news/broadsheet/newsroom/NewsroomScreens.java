package news.broadsheet.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Newsroom pages for the newsroom features other modules own (alerts, for one): rendered inside the
 * newsroom's layout with its frame (signed-in staff member, CSRF token, navigation), never cached.
 */
public interface NewsroomScreens {

    /** Renders {@code template} with {@code model} plus the {@code frame}; {@code current} marks the open part of the navigation. */
    ResponseEntity<byte[]> render(HttpServletRequest request, HttpStatus status, String current, String template,
                                  Map<String, Object> model);

    /** How the audit trail names the staff member signed in to this request. */
    String signedInAuditName();
}
