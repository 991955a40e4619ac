package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import news.broadsheet.Browserless;
import news.broadsheet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The click-through address of alerts: counted here, and never a way to send readers to another site. */
@IntegrationTest
class AlertClickIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Alerts alerts;

    @Test
    void openingAnAlertCountsTheClickAndOnlyEverLeadsToThisSite() {
        long id = alerts.create(new NewAlert("Clicked", "", "/articles/x", null, "uk", List.of("breaking"),
                Instant.now().plusSeconds(86_400), "test"));
        Browserless reader = new Browserless(port);

        HttpResponse<String> opened = reader.get("/alerts/" + id + "/open?to=%2Farticles%2Fx%3Fa%3D1");
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("/articles/x?a=1");
        assertThat(alerts.find(id).orElseThrow().clicks()).isEqualTo(1);

        for (String hostile : new String[] {"//evil.example", "/%5Cevil.example", "https://evil.example/",
                "javascript:alert(1)", "/%09/evil.example", "evil.example", "%2F%2Fevil.example"}) {
            HttpResponse<String> response = reader.get("/alerts/" + id + "/open?to=" + hostile);
            assertThat(response.statusCode()).as(hostile).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(hostile).hasValue("/");
        }
    }

    @Test
    void oneAddressOpeningAnAlertOverAndOverIsCountedOnlyAFewTimesYetAlwaysReachesTheStory() {
        long id = alerts.create(new NewAlert("Clicked again and again", "", "/articles/x", null, "uk",
                List.of("breaking"), Instant.now().plusSeconds(86_400), "test"));
        Browserless script = new Browserless(port);

        for (int open = 0; open < 4 * AlertClickController.COUNTED_OPENS_PER_ADDRESS; open++) {
            HttpResponse<String> opened = script.get("/alerts/" + id + "/open?to=%2Farticles%2Fx");
            assertThat(opened.statusCode()).isEqualTo(303);
            assertThat(opened.headers().firstValue("Location")).hasValue("/articles/x");
        }

        // The limit counts in fixed hours; a run that straddles the turn of an hour may count a second allowance.
        assertThat(alerts.find(id).orElseThrow().clicks())
                .isBetween((long) AlertClickController.COUNTED_OPENS_PER_ADDRESS, 2L * AlertClickController.COUNTED_OPENS_PER_ADDRESS);
    }
}
