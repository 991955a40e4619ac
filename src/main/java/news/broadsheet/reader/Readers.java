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

    /**
     * The confirmed address to write to the reader at, for mail they asked for (notifications); empty for an
     * unknown reader or one who has not confirmed an address. Never for showing to anyone else.
     */
    Optional<String> mailAddress(long readerId);
}
