package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;

/** The pages a visitor's phone shows: the poster's page, the confirmation, their visits; refusals in their language. */
class CheckinPagesTest extends CheckinFixtures {

    @Test
    void aVisitorChecksInFromThePosterPageAndSeesTheVisitInTheirHistory() {
        TestVenue venue = venue("RESTAURANT");
        String phone = TestHttp.randomPhone();
        TestHttp.Browser visitor = http().signInBrowser(phone);

        TestHttp.Response poster = http().get(venue.posterPath()).session(visitor.session()).html().send();
        assertThat(poster.status()).isEqualTo(200);
        assertThat(poster.body()).contains("Điểm restaurant").contains("id=\"check-in\"");

        TestHttp.Response checkedIn = http().post(venue.posterPath()).session(visitor.session()).html()
                .form(Map.of("_csrf", poster.csrfToken())).send();
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(302);
        assertThat(checkedIn.locationPath()).startsWith("/checkins/");

        TestHttp.Response confirmation = http().get(checkedIn.locationPath()).session(visitor.session()).html().send();
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("mark-in").contains("Điểm restaurant").contains("id=\"check-out\"");

        TestHttp.Response history = http().get("/checkins").session(visitor.session()).html().send();
        assertThat(history.body()).contains("Điểm restaurant").contains(checkedIn.locationPath());

        TestHttp.Response out = http().post(checkedIn.locationPath() + "/checkout").session(visitor.session()).html()
                .form(Map.of("_csrf", confirmation.csrfToken())).send();
        assertThat(out.status()).isEqualTo(302);
        TestHttp.Response after = http().get(checkedIn.locationPath()).session(visitor.session()).html().send();
        assertThat(after.body()).contains("mark-out").contains("id=\"checked-out-at\"").doesNotContain("id=\"check-out\"");

        TestHttp.Response stranger = http().get(checkedIn.locationPath()).session(http().signInBrowser(TestHttp.randomPhone()).session())
                .html().send();
        assertThat(stranger.status()).isEqualTo(404);
    }

    @Test
    void aSignedOutVisitorIsAskedForTheirPhoneAndComesBackToThePoster() {
        TestVenue venue = venue("MARKET");
        TestHttp.Response poster = http().get(venue.posterPath()).html().send();
        assertThat(poster.status()).isEqualTo(200);
        assertThat(poster.body()).contains("name=\"next\"").contains("value=\"" + venue.posterPath() + "\"")
                .doesNotContain("id=\"check-in\"");
    }

    @Test
    void healthOfficialsFindTheVenuesOfTheirUnitFromTheMenu() {
        TestHttp.Token tracer = official(vn.greenzone.identity.Role.CONTACT_TRACER, DISTRICT);
        String phone = http().nationalPhone(tracer.personId());
        TestHttp.Response home = http().get("/").session(http().signInBrowser(phone).session()).html().send();
        assertThat(home.body()).contains("href=\"/admin/units/" + DISTRICT + "/venues\"");

        TestHttp.Response citizen = http().get("/").session(http().signInBrowser(TestHttp.randomPhone()).session()).html().send();
        assertThat(citizen.body()).contains("href=\"/checkins\"").doesNotContain("/venues\">Địa điểm khai báo");
    }

    @Test
    void forgedAndRotatedPostersShowAnErrorPageInTheVisitorsLanguage() {
        TestVenue venue = venue("BAR");
        String token = venue.posterPath().substring(3);
        String forged = "/c/" + (token.charAt(20) == 'A' ? token.substring(0, 20) + "B" + token.substring(21)
                : token.substring(0, 20) + "A" + token.substring(21));
        TestHttp.Response vietnamese = http().get(forged).html().send();
        TestHttp.Response english = http().get(forged + "?lang=en").html().send();
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(english.status()).isEqualTo(400);
        assertThat(vietnamese.body()).doesNotContain("Exception").isNotEqualTo(english.body());

        http().post("/api/v1/venues/" + venue.id() + "/rotate").bearer(venue.owner().token()).send();
        assertThat(http().get(venue.posterPath()).html().send().status()).isEqualTo(410);
    }
}
