package news.broadsheet.reader.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.reader.ProfileSection;
import org.springframework.beans.factory.ObjectProvider;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A reader's public profile, once they confirmed their address: display name, bio, when they joined, and
 * the sections other modules add (their comments) through {@link ProfileSection.Source}.
 */
@Controller
class ProfileController {

    private final ReaderPages pages;
    private final Readers readers;
    private final ObjectProvider<ProfileSection.Source> sections;

    ProfileController(ReaderPages pages, Readers readers, ObjectProvider<ProfileSection.Source> sections) {
        this.pages = pages;
        this.readers = readers;
        this.sections = sections;
    }

    @GetMapping("/readers/{handle}")
    ResponseEntity<byte[]> profile(HttpServletRequest request, @PathVariable String handle) {
        ReaderProfile reader = readers.byHandle(handle)
                .filter(found -> readers.isVerified(found.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Edition edition = pages.edition(request);
        ZonedDateTime joined = reader.joinedAt().atZone(edition.zone());
        return pages.render(request, HttpStatus.OK, reader.displayName(), reader.path(), false,
                "reader/profile.jte", Map.of(
                        "reader", reader,
                        "joined", DateTimeFormatter.ofPattern("MMMM yyyy", edition.locale()).format(joined),
                        "joinedIso", joined.toLocalDate().toString(),
                        "sections", sections.orderedStream()
                                .map(source -> ProfileSectionView.of(source.sectionFor(reader), edition))
                                .toList()));
    }
}
