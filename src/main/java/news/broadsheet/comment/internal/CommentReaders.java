package news.broadsheet.comment.internal;

import java.util.Optional;
import java.util.Set;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.ReaderRelations;
import news.broadsheet.reader.Readers;
import org.springframework.stereotype.Component;

/** The signed-in reader as a commenter: who they are and whether they may post. */
@Component
class CommentReaders {

    private final Readers readers;
    private final Sanctions sanctions;
    private final ReaderRelations relations;

    CommentReaders(Readers readers, Sanctions sanctions, ReaderRelations relations) {
        this.readers = readers;
        this.sanctions = sanctions;
        this.relations = relations;
    }

    Optional<ReaderProfile> current() {
        return readers.current();
    }

    /** The readers whose words the signed-in reader chose not to see; nobody for a visitor. */
    Set<Long> mutedByCurrent() {
        return readers.current().map(reader -> relations.mutedBy(reader.id())).orElse(Set.of());
    }

    Optional<Viewer> viewer() {
        return readers.current().map(this::viewer);
    }

    Viewer viewer(ReaderProfile reader) {
        return new Viewer(reader.id(), reader.displayName(), whyNot(reader), relations.mutedBy(reader.id()));
    }

    /** Why this reader may not post at all, or null when they may. */
    String whyNot(ReaderProfile reader) {
        if (!readers.isVerified(reader.id())) {
            return "Confirm your e-mail address to join the discussion: follow the link in the e-mail we sent you.";
        }
        return sanctions.activeFor(reader.id())
                .map(sanction -> sanction.isBan()
                        ? "You can no longer comment: a moderator banned your account."
                        : "You cannot comment until " + CommentTimes.utc(sanction.expiresAt())
                                + ": a moderator suspended your account.")
                .orElse(null);
    }
}
