package news.broadsheet.alert.internal;

import java.io.Serial;
import java.io.Serializable;
import news.broadsheet.inbox.ReplyNotified;

/**
 * The data of one "reply-alert" job: the reply to announce to one reader's browsers, and for a retry, the
 * subscriptions whose push services asked us to come back. {@code key}, the reader and the reply, is also the
 * job's instance id, so one reply is never scheduled twice at once for a reader.
 */
record ReplyJob(long readerId, long replyId, String replierName, String articleTitle, String excerpt,
                String permalink, long[] onlyIds, int attempt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static ReplyJob of(ReplyNotified reply) {
        return new ReplyJob(reply.readerId(), reply.replyId(), reply.replierName(), reply.articleTitle(),
                reply.excerpt(), reply.permalink(), null, 1);
    }

    String key() {
        return readerId + "-" + replyId + (attempt == 1 ? "" : "-retry" + attempt);
    }

    ReplyJob retry(long[] subscriptionIds) {
        return new ReplyJob(readerId, replyId, replierName, articleTitle, excerpt, permalink, subscriptionIds,
                attempt + 1);
    }
}
