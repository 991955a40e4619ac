package news.broadsheet.mail.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.site.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /newsroom/outbox}, for administrators: the latest mail the site sent, so on the embedded default
 * (no SMTP server) the operator can read a verification link, and with one can see what failed.
 */
@Controller
class OutboxController {

    static final int SHOWN = 100;

    private final NewsroomScreens screens;
    private final MailOutbox outbox;
    private final Editions editions;
    private final Site site;

    OutboxController(NewsroomScreens screens, MailOutbox outbox, Editions editions, Site site) {
        this.screens = screens;
        this.outbox = outbox;
        this.editions = editions;
        this.site = site;
    }

    @GetMapping("/newsroom/outbox")
    ResponseEntity<byte[]> outbox(HttpServletRequest request) {
        Edition edition = editions.defaultEdition();
        boolean smtp = outbox.deliversBySmtp();
        List<OutboxEntry> entries = outbox.recent(SHOWN).stream()
                .map(mail -> new OutboxEntry(mail, edition.formatTime(mail.createdAt()), mail.createdAt().toString(),
                        OutboxEntry.state(mail, smtp), OutboxEntry.parts(mail.body(), site.publicUrl())))
                .toList();
        return screens.render(request, HttpStatus.OK, "outbox", "mail/outbox.jte",
                Map.of("entries", entries, "smtp", smtp, "shown", SHOWN));
    }
}
