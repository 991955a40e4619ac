package news.broadsheet.reader;

import java.time.Instant;

/** What anyone may know about a reader: shown on their public profile at {@code /readers/<handle>}. */
public record ReaderProfile(long id, String handle, String displayName, String bio, Instant joinedAt) {

    public String path() {
        return "/readers/" + handle;
    }
}
