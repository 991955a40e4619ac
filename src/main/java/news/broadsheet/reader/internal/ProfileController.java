package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.edition.Edition;
import news.broadsheet.reader.PersonalPages;
import news.broadsheet.reader.ProfileSection;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.ReaderRelations;
import news.broadsheet.reader.Readers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A reader's public profile, once they confirmed their address: display name, bio, when they joined, and
 * the sections other modules add (their comments) through {@link ProfileSection.Source}. A signed-in reader
 * viewing someone else's profile can follow or mute them here, with plain forms.
 */
@Controller
class ProfileController {

    /** What the follow and mute forms may ask for. */
    enum RelationAction { FOLLOW, UNFOLLOW, MUTE, UNMUTE }

    private static final Map<ReaderRelations.Change, String> REFUSALS = Map.of(
            ReaderRelations.Change.REFUSED_SELF, "You cannot follow or mute yourself.",
            ReaderRelations.Change.REFUSED_MUTED, "You have muted this reader. Unmute them first to follow them.",
            ReaderRelations.Change.REFUSED_TOO_MANY, "You follow " + ReaderRelations.MAX_FOLLOWED
                    + " readers, the most anyone can. Unfollow someone first.");

    private final PersonalPages pages;
    private final Readers readers;
    private final ReaderRelations relations;
    private final ReaderLimits limits;
    private final ObjectProvider<ProfileSection.Source> sections;

    ProfileController(PersonalPages pages, Readers readers, ReaderRelations relations, ReaderLimits limits,
                      ObjectProvider<ProfileSection.Source> sections) {
        this.pages = pages;
        this.readers = readers;
        this.relations = relations;
        this.limits = limits;
        this.sections = sections;
    }

    @GetMapping("/readers/{handle}")
    ResponseEntity<byte[]> profile(HttpServletRequest request, @PathVariable String handle) {
        return page(request, HttpStatus.OK, confirmed(handle), null);
    }

    @PostMapping("/readers/{handle}/{action:follow|unfollow|mute|unmute}")
    Object changeRelation(HttpServletRequest request, @PathVariable String handle, @PathVariable String action,
                          @RequestParam(required = false) String next) {
        ReaderProfile other = confirmed(handle);
        Optional<ReaderProfile> viewer = readers.current();
        if (viewer.isEmpty()) {
            return "redirect:" + ReaderSecurity.LOGIN + "?next=" + URLEncoder.encode(other.path(), StandardCharsets.UTF_8);
        }
        long readerId = viewer.get().id();
        if (!limits.relationChangeAllowed(readerId)) {
            return page(request, HttpStatus.TOO_MANY_REQUESTS, other,
                    "You have followed and muted many readers in the last hour. Please try again later.");
        }
        ReaderRelations.Change change = switch (RelationAction.valueOf(action.toUpperCase(Locale.ROOT))) {
            case FOLLOW -> relations.follow(readerId, other.id());
            case MUTE -> relations.mute(readerId, other.id());
            case UNFOLLOW -> {
                relations.unfollow(readerId, other.id());
                yield ReaderRelations.Change.DONE;
            }
            case UNMUTE -> {
                relations.unmute(readerId, other.id());
                yield ReaderRelations.Change.DONE;
            }
        };
        if (change != ReaderRelations.Change.DONE) {
            HttpStatus status = change == ReaderRelations.Change.UNKNOWN_READER ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return page(request, status, other, REFUSALS.getOrDefault(change, "That reader cannot be followed."));
        }
        return "redirect:" + (next == null ? other.path() : SafeRedirect.path(next));
    }

    private ReaderProfile confirmed(String handle) {
        return readers.byHandle(handle)
                .filter(found -> readers.isVerified(found.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, ReaderProfile reader,
                                        String refusal) {
        Edition edition = pages.edition(request);
        ZonedDateTime joined = reader.joinedAt().atZone(edition.zone());
        Optional<ReaderProfile> viewer = readers.current();
        boolean someoneElse = viewer.isPresent() && viewer.get().id() != reader.id();
        Map<String, Object> model = new HashMap<>();
        model.put("reader", reader);
        model.put("joined", DateTimeFormatter.ofPattern("MMMM yyyy", edition.locale()).format(joined));
        model.put("joinedIso", joined.toLocalDate().toString());
        model.put("sections", sections.orderedStream()
                .map(source -> ProfileSectionView.of(source.sectionFor(reader), edition))
                .toList());
        model.put("relation", someoneElse
                ? new ProfileRelation(relations.isFollowing(viewer.get().id(), reader.id()),
                        relations.isMuting(viewer.get().id(), reader.id()))
                : null);
        model.put("refusal", Optional.ofNullable(refusal));
        model.put("signedIn", viewer.isPresent());
        return pages.render(request, status, reader.displayName(), reader.path(), false, "reader/profile.jte", model);
    }
}
