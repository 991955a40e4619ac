package news.broadsheet.reader;

import java.util.Set;

/**
 * Who follows and who mutes whom among readers. Following a reader puts their comments on the follower's
 * Following page and may notify the follower; muting a reader hides their comments from the one who muted
 * them and keeps them from notifying that reader. Nobody can follow or mute themselves, muting a reader stops
 * following them, and a muted reader cannot be followed until unmuted. Every change is idempotent; the muted
 * or followed reader is never told.
 */
public interface ReaderRelations {

    /** A reader may follow this many others, which keeps every use of {@link #followedBy} small. */
    int MAX_FOLLOWED = 1000;

    /** How a request to follow or mute went. */
    enum Change {
        /** Done now, or it was already so. */
        DONE,
        /** The reader asked about themselves. */
        REFUSED_SELF,
        /** Following a reader one has muted. */
        REFUSED_MUTED,
        /** Following more than {@link #MAX_FOLLOWED} readers. */
        REFUSED_TOO_MANY,
        /** No confirmed reader has that id. */
        UNKNOWN_READER
    }

    Change follow(long followerId, long followedId);

    void unfollow(long followerId, long followedId);

    boolean isFollowing(long followerId, long followedId);

    /** The readers following this one: whom a new comment of theirs may notify. */
    Set<Long> followersOf(long readerId);

    /** The readers this one follows, at most {@link #MAX_FOLLOWED}. */
    Set<Long> followedBy(long readerId);

    Change mute(long readerId, long mutedId);

    void unmute(long readerId, long mutedId);

    boolean isMuting(long readerId, long mutedId);

    /** The readers this one muted: their comments are hidden from this reader and never notify them. */
    Set<Long> mutedBy(long readerId);

    /** The readers who muted this one: whom this reader's comments must never notify. */
    Set<Long> mutersOf(long readerId);
}
