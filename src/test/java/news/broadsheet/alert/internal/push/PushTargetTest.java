package news.broadsheet.alert.internal.push;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PushTargetTest {

    private static final byte[] P256DH = new byte[65];
    private static final byte[] AUTH = new byte[16];

    @Test
    void theOriginAuthorityAndPathAreThoseTheUrlParserFinds() {
        for (String endpoint : new String[] {
                "https://fcm.googleapis.com/fcm/send/dXJh:APA91bHPRgkF3JUikC4E",
                "https://updates.push.services.mozilla.com/wpush/v2/gAAAAABn%2Fx?x=1&y=%20",
                "https://push.example:8443/push/123",
                "http://localhost:9/push/abc",
                "https://[::1]:4443/push/v6"}) {
            PushTarget target = new PushTarget(endpoint, P256DH, AUTH);
            URI uri = URI.create(endpoint);
            String expectedPath = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();

            assertThat(target.origin()).as(endpoint)
                    .isEqualTo(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
            assertThat(target.authority()).as(endpoint).isEqualTo(uri.getRawAuthority());
            assertThat(new String(target.path(), US_ASCII)).as(endpoint).isEqualTo(expectedPath);
            assertThat(target.uri()).isEqualTo(uri);
            assertThat(target.isHttps()).isEqualTo(endpoint.startsWith("https:"));
        }
    }

    @Test
    void aPathIsNeverEmptyAndCarriesNoFragment() {
        assertThat(new String(new PushTarget("https://push.example", P256DH, AUTH).path(), US_ASCII)).isEqualTo("/");
        assertThat(new String(new PushTarget("https://push.example?id=7", P256DH, AUTH).path(), US_ASCII)).isEqualTo("/?id=7");
        assertThat(new String(new PushTarget("https://push.example/p/7#top", P256DH, AUTH).path(), US_ASCII)).isEqualTo("/p/7");
    }

    @Test
    void theEndpointsOfOnePushServiceShareOneOriginWhenReadTogether() {
        PushTarget.Reader reader = new PushTarget.Reader();

        PushTarget first = reader.target("https://fcm.googleapis.com/fcm/send/one", P256DH, AUTH);
        PushTarget other = reader.target("https://updates.push.services.mozilla.com/wpush/v2/two", P256DH, AUTH);
        PushTarget second = reader.target("https://fcm.googleapis.com/fcm/send/three", P256DH, AUTH);
        PushTarget longerHost = reader.target("https://fcm.googleapis.com.evil.example/fcm/send/four", P256DH, AUTH);

        assertThat(second.origin()).isSameAs(first.origin()).isEqualTo("https://fcm.googleapis.com");
        assertThat(other.origin()).isEqualTo("https://updates.push.services.mozilla.com");
        assertThat(longerHost.origin()).isEqualTo("https://fcm.googleapis.com.evil.example");
    }

    @Test
    void anOriginThatIsNotTheEndpointsOwnIsRefused() {
        assertThatThrownBy(() -> new PushTarget("https://push.example/p/1", "https://push.exam", P256DH, AUTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushTarget("https://push.example.org/p/1", "https://push.example", P256DH, AUTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushTarget("push.example/p/1", P256DH, AUTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushTarget("https:///p/1", P256DH, AUTH)).isInstanceOf(IllegalArgumentException.class);
    }
}
