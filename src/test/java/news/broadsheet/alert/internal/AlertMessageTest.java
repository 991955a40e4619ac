package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.broadsheet.alert.internal.push.PushClient;
import news.broadsheet.alert.internal.push.WebPushEncryption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AlertMessageTest {

    @Test
    void theLongestAlertFitsOnePushMessageAndTrimmingShortensTheBodyAndDropsThePicture() {
        String emoji = "\uD83D\uDCF0";
        Alert alert = alert(emoji.repeat(AlertComposer.MAX_TITLE), "\"<b>\" ".repeat(50), "/media/1/800.jpg");

        AlertMessage message = AlertMessage.of(alert);

        assertThat(message.payload().length).isLessThanOrEqualTo(WebPushEncryption.MAX_PLAINTEXT);
        JsonNode full = JsonMapper.shared().readTree(message.payload());
        assertThat(full.path("title").asString()).isEqualTo(alert.title());
        assertThat(full.path("body").asString()).isEqualTo(alert.body());
        assertThat(full.path("image").asString()).isEqualTo("/media/1/800.jpg");
        assertThat(full.path("url").asString()).isEqualTo("/alerts/42/open?to=%2Farticles%2Fsochi-talks");
        assertThat(full.path("tag").asString()).isEqualTo("alert-42");
        JsonNode trimmed = JsonMapper.shared().readTree(message.trimmedPayload());
        assertThat(trimmed.path("body").asString()).hasSize(AlertMessage.TRIMMED_BODY).endsWith("…");
        assertThat(trimmed.has("image")).isFalse();
        assertThat(message.topic()).isEqualTo("alert-42");
    }

    @Test
    void aPictureThatWouldOverflowTheMessageIsLeftOut() {
        Alert alert = alert("Title", "Body", "/media/" + "x".repeat(4_000));

        byte[] payload = AlertMessage.of(alert).payload();

        assertThat(payload.length).isLessThanOrEqualTo(WebPushEncryption.MAX_PLAINTEXT);
        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("image");
    }

    @Test
    void aReplyIsAnnouncedByWhoRepliedWhereWithItsStartLeadingToItOnThisSiteOnly() {
        ReplyJob reply = new ReplyJob(7, 99, "Ben", "Talks in Sochi", "x".repeat(400), "/comments/99", null, 1);

        AlertMessage message = AlertMessage.ofReply(reply);

        JsonNode full = JsonMapper.shared().readTree(message.payload());
        assertThat(full.path("title").asString()).isEqualTo("Ben replied to your comment");
        assertThat(full.path("body").asString()).isEqualTo("On “Talks in Sochi”: " + "x".repeat(400));
        assertThat(full.path("url").asString()).isEqualTo("/comments/99");
        assertThat(full.path("tag").asString()).isEqualTo("reply-99");
        assertThat(message.topic()).isEqualTo("reply-99");
        assertThat(JsonMapper.shared().readTree(message.trimmedPayload()).path("body").asString())
                .hasSize(AlertMessage.TRIMMED_BODY).endsWith("…");
        ReplyJob elsewhere = new ReplyJob(7, 99, "Ben", "", "Hi", "//evil.example/", null, 1);
        JsonNode leadsHome = JsonMapper.shared().readTree(AlertMessage.ofReply(elsewhere).payload());
        assertThat(leadsHome.path("url").asString()).isEqualTo("/");
        assertThat(leadsHome.path("body").asString()).isEqualTo("Hi");
    }

    @Test
    void onlyPathsOnThisSiteAreSameSite() {
        assertThat(SameSitePaths.isSameSite("/articles/sochi-talks?x=1")).isTrue();
        for (String elsewhere : List.of("//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)",
                "/\t/evil.example", "evil.example", "", "/ /x")) {
            assertThat(SameSitePaths.isSameSite(elsewhere)).as(elsewhere).isFalse();
        }
    }

    private static Alert alert(String title, String body, String image) {
        return new Alert(42, title, body, "/articles/sochi-talks", image, "uk", List.of("breaking"),
                PushClient.Urgency.HIGH, Duration.ofHours(1), AlertStatus.SENDING, 0, 0, 0, 0, 0, "test",
                Instant.now(), Instant.now(), null, null, false);
    }
}
