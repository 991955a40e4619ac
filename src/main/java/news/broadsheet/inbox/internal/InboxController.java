package news.broadsheet.inbox.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.edition.Edition;
import news.broadsheet.reader.PersonalPages;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.ReaderRelations;
import news.broadsheet.reader.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in reader's notifications, newest first, with "mark read" for each and for all. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final PersonalPages pages;
    private final InboxStore store;
    private final Readers readers;
    private final ReaderRelations relations;
    private final Deliveries deliveries;

    InboxController(PersonalPages pages, InboxStore store, Readers readers, ReaderRelations relations,
                    Deliveries deliveries) {
        this.pages = pages;
        this.store = store;
        this.readers = readers;
        this.relations = relations;
        this.deliveries = deliveries;
    }

    @GetMapping(InboxSecurity.NOTIFICATIONS)
    ResponseEntity<byte[]> inbox(HttpServletRequest request, @RequestParam(defaultValue = "1") int page) {
        ReaderProfile reader = signedIn();
        int current = PageLinks.clamp(page);
        Edition edition = pages.edition(request);
        Set<Long> muted = relations.mutedBy(reader.id());
        List<Notification> found = store.page(reader.id(), muted, (current - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        List<NotificationView> shown = found.stream().limit(PAGE_SIZE)
                .map(notification -> new NotificationView(notification.id(), deliveries.sentence(notification),
                        notification.excerpt(), notification.reason(), notification.permalink(),
                        edition.formatTime(notification.createdAt()), notification.createdAt().toString(),
                        notification.read(), notification.withdrawn()))
                .toList();
        return pages.render(request, HttpStatus.OK, "Notifications", InboxSecurity.NOTIFICATIONS, false, "inbox/notifications.jte", Map.of(
                "notifications", shown,
                "unread", store.unread(reader.id(), muted),
                "pageLinks", PageLinks.of(InboxSecurity.NOTIFICATIONS, current, found.size() > PAGE_SIZE)));
    }

    @PostMapping(InboxSecurity.NOTIFICATIONS + "/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "1") int page) {
        if (!store.markRead(signedIn().id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + InboxSecurity.NOTIFICATIONS + (PageLinks.clamp(page) == 1 ? "" : "?page=" + PageLinks.clamp(page));
    }

    @PostMapping(InboxSecurity.NOTIFICATIONS + "/read")
    String markAllRead() {
        store.markAllRead(signedIn().id());
        return "redirect:" + InboxSecurity.NOTIFICATIONS;
    }

    /** The signed-in reader; these URLs are open only to one, so a missing one is a bug, not a visitor. */
    private ReaderProfile signedIn() {
        Optional<ReaderProfile> reader = readers.current();
        return reader.orElseThrow(() -> new IllegalStateException("No reader is signed in"));
    }
}
