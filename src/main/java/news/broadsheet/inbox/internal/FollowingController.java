package news.broadsheet.inbox.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Following page: the latest comments by the readers the signed-in reader follows, newest first, from
 * the inbox's own copy of comments (so it needs no query into the comment module's tables).
 */
@Controller
class FollowingController {

    static final int PAGE_SIZE = 20;

    private final PersonalPages pages;
    private final InboxStore store;
    private final Readers readers;
    private final ReaderRelations relations;

    FollowingController(PersonalPages pages, InboxStore store, Readers readers, ReaderRelations relations) {
        this.pages = pages;
        this.store = store;
        this.readers = readers;
        this.relations = relations;
    }

    @GetMapping(InboxSecurity.FOLLOWING)
    ResponseEntity<byte[]> following(HttpServletRequest request, @RequestParam(defaultValue = "1") int page) {
        ReaderProfile reader = readers.current().orElseThrow(() -> new IllegalStateException("No reader is signed in"));
        int current = PageLinks.clamp(page);
        Edition edition = pages.edition(request);
        Set<Long> followed = relations.followedBy(reader.id());
        List<CopiedComment> found = followed.isEmpty() ? List.of()
                : store.commentsBy(followed, (current - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        Map<Long, Optional<ReaderProfile>> authors = new HashMap<>();
        List<FollowedComment> shown = found.stream().limit(PAGE_SIZE)
                .map(comment -> {
                    Optional<ReaderProfile> author = authors.computeIfAbsent(comment.authorId(), readers::byId);
                    return new FollowedComment(author.map(ReaderProfile::displayName).orElse(Deliveries.DELETED_READER),
                            author.map(ReaderProfile::path).orElse(null), comment.articleTitle(), comment.excerpt(),
                            comment.permalink(), edition.formatTime(comment.publishedAt()),
                            comment.publishedAt().toString(), comment.editedAt() != null);
                })
                .toList();
        return pages.render(request, HttpStatus.OK, "Following", InboxSecurity.FOLLOWING, false, "inbox/following.jte", Map.of(
                "comments", shown,
                "followsAnyone", !followed.isEmpty(),
                "pageLinks", PageLinks.of(InboxSecurity.FOLLOWING, current, found.size() > PAGE_SIZE)));
    }
}
