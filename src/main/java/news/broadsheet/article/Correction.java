package news.broadsheet.article;

import java.time.Instant;

/** A correction, clarification or update shown to readers at the foot of a published article. */
public record Correction(long id, CorrectionKind kind, String text, Instant addedAt) {
}
