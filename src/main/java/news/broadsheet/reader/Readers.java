package news.broadsheet.reader;

import java.util.Optional;

/** Readers' public profiles, and the reader signed in to the current request. */
public interface Readers {

    /**
     * The reader signed in to the current request on the public site; empty for a visitor, for a member of
     * staff signed in to the newsroom only, and once the account is deleted.
     */
    Optional<ReaderProfile> current();

    Optional<ReaderProfile> byId(long id);

    Optional<ReaderProfile> byHandle(String handle);

    /** Whether the reader confirmed their e-mail address; false for an unknown reader. */
    boolean isVerified(long readerId);
}
