package news.broadsheet.reader.internal;

import java.time.Instant;
import news.broadsheet.reader.ReaderProfile;

/** A reader's row, private parts included; never leaves this module. */
public record StoredReader(long id, String email, String handle, String displayName, String bio, String passwordHash,
                    Instant verifiedAt, Instant joinedAt, int signInEpoch) {

    public boolean verified() {
        return verifiedAt != null;
    }

    public ReaderProfile profile() {
        return new ReaderProfile(id, handle, displayName, bio, joinedAt);
    }
}
