package news.broadsheet.reader;

import static news.broadsheet.reader.ReaderFixtures.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.reader.ReaderFixtures.SignedInReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Following and muting readers from their profiles and the account page: who may, how often, and what it shows. */
@IntegrationTest
class ReaderRelationsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Readers readers;
    @Autowired
    ReaderRelations relations;
    @Autowired
    JdbcClient jdbc;

    ReaderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReaderFixtures(port, outbox, readers);
    }

    @Test
    void aReaderFollowsFromAProfileOnceHoweverOftenTheyAskAndUnfollowsFromTheAccountPage() {
        SignedInReader ana = fixtures.signedIn("Ana Relations");
        SignedInReader ben = fixtures.signedIn("Ben Relations");
        String profile = ana.browser().get(ben.profile().path()).body();
        assertThat(profile).contains("action=\"" + ben.profile().path() + "/follow\"").contains("Follow<span class=\"visually-hidden\"> Ben Relations</span>");

        assertThat(where(ana.browser().post(ben.profile().path() + "/follow", Map.of()))).isEqualTo(ben.profile().path());
        assertThat(where(ana.browser().post(ben.profile().path() + "/follow", Map.of()))).isEqualTo(ben.profile().path());
        assertThat(jdbc.sql("select count(*) from reader_follow where follower_id = :id").param("id", ana.profile().id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(ana.browser().get(ben.profile().path()).body()).contains("action=\"" + ben.profile().path() + "/unfollow\"")
                .contains("You follow Ben Relations");

        String account = ana.browser().get("/account").body();
        assertThat(account).contains("<a href=\"" + ben.profile().path() + "\">Ben Relations</a>")
                .contains("action=\"" + ben.profile().path() + "/unfollow\"");
        HttpResponse<String> unfollowed = ana.browser().post(ben.profile().path() + "/unfollow", Map.of("next", "/account"));
        assertThat(where(unfollowed)).isEqualTo("/account");
        assertThat(relations.followedBy(ana.profile().id())).isEmpty();
        assertThat(ana.browser().get("/account").body()).contains("You follow nobody yet.");
    }

    @Test
    void aReaderMutesAndUnmutesAndTheDataDownloadListsBoth() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn("Ben Muted");
        SignedInReader cleo = fixtures.signedIn("Cleo Followed");
        ana.browser().get(ben.profile().path());
        ana.browser().post(ben.profile().path() + "/mute", Map.of());
        ana.browser().post(cleo.profile().path() + "/follow", Map.of());
        assertThat(ana.browser().get(ben.profile().path()).body()).contains("You muted Ben Muted")
                .doesNotContain("/follow\"");
        assertThat(ana.browser().get("/account/data").body()).contains("\"following\" : [ \"" + cleo.profile().path() + "\" ]")
                .contains("\"muted\" : [ \"" + ben.profile().path() + "\" ]");
        String account = ana.browser().get("/account").body();
        assertThat(account).contains("action=\"" + ben.profile().path() + "/unmute\"");
        ana.browser().post(ben.profile().path() + "/unmute", Map.of("next", "/account"));
        assertThat(relations.mutedBy(ana.profile().id())).isEmpty();
    }

    @Test
    void nobodyFollowsOrMutesThemselvesAVisitorIsSentToSignInAndForgedFormsAreRefused() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        String own = ana.browser().get(ana.profile().path()).body();
        assertThat(own).doesNotContain("/follow\"").doesNotContain("/mute\"");
        HttpResponse<String> self = ana.browser().post(ana.profile().path() + "/follow", Map.of());
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.body()).contains("You cannot follow or mute yourself.");
        assertThat(ana.browser().post(ana.profile().path() + "/mute", Map.of()).statusCode()).isEqualTo(409);
        assertThat(relations.follow(ana.profile().id(), ana.profile().id())).isEqualTo(ReaderRelations.Change.REFUSED_SELF);

        assertThat(ana.browser().postRaw(ben.profile().path() + "/follow", Map.of()).statusCode()).isEqualTo(403);
        assertThat(relations.isFollowing(ana.profile().id(), ben.profile().id())).isFalse();

        Browserless visitor = new Browserless(port);
        assertThat(visitor.get(ben.profile().path()).body()).doesNotContain("/follow\"")
                .contains("href=\"/account/login?next=" + ben.profile().path() + "\"");
        assertThat(visitor.postRaw(ben.profile().path() + "/follow", Map.of()).statusCode()).isEqualTo(403);
        assertThat(ana.browser().post("/readers/nobody-424242/follow", Map.of()).statusCode()).isEqualTo(404);
        assertThat(ana.browser().post(ben.profile().path() + "/befriend", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void followingAndMutingAreRateLimitedPerReader() {
        SignedInReader ana = fixtures.signedIn();
        SignedInReader ben = fixtures.signedIn();
        ana.browser().get(ben.profile().path());
        int allowed = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 70; i++) {
            last = ana.browser().post(ben.profile().path() + (i % 2 == 0 ? "/follow" : "/unfollow"), Map.of());
            if (last.statusCode() != 302) {
                break;
            }
            allowed++;
        }
        assertThat(allowed).isEqualTo(60);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("You have followed and muted many readers in the last hour.");
    }
}
