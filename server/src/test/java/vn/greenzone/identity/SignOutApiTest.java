package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.randomPhone;

import org.junit.jupiter.api.Test;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;

/**
 * API tokens end when their holder signs out, everywhere when asked, and when an official role is
 * withdrawn: a revoked token is a 401 on the very next request.
 */
class SignOutApiTest extends IntegrationTest {

    private boolean signedIn(TestHttp.Token token) {
        Response me = http().get("/api/v1/me").bearer(token.token()).send();
        if (me.status() == 401) {
            assertProblem(me, 401, "unauthenticated");
            return false;
        }
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return true;
    }

    private boolean signedIn(TestHttp.Browser browser) {
        Response me = http().get("/me").html().session(browser.session()).send();
        assertThat(me.status()).as(me.toString()).isIn(200, 302);
        return me.status() == 200;
    }

    private long tokensOf(long personId) {
        return jdbc.sql("select count(*) from api_token where person_id = :person").param("person", personId)
                .query(Long.class).single();
    }

    @Test
    void signingOutRevokesThisTokenOnly() {
        String phone = randomPhone();
        TestHttp.Token phoneApp = http().signInApi(phone);
        TestHttp.Token tablet = http().signInApi(phone);

        Response signOut = http().delete("/api/v1/auth/token").bearer(phoneApp.token()).send();
        assertThat(signOut.status()).as(signOut.toString()).isEqualTo(204);

        assertThat(signedIn(phoneApp)).isFalse();
        assertProblem(http().delete("/api/v1/auth/token").bearer(phoneApp.token()).send(), 401, "unauthenticated");
        assertThat(signedIn(tablet)).as("the other device stays signed in").isTrue();
        assertThat(tokensOf(tablet.personId())).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereEndsEveryTokenAndBrowserSession() {
        String phone = randomPhone();
        TestHttp.Token lost = http().signInApi(phone);
        TestHttp.Browser browser = http().signInBrowser(phone);
        TestHttp.Token current = http().signInApi(phone);
        TestHttp.Token someoneElse = http().signInApi(randomPhone());
        assertThat(signedIn(browser)).isTrue();

        Response everywhere = http().delete("/api/v1/auth/tokens").bearer(current.token()).language("en").send();
        assertThat(everywhere.status()).as(everywhere.toString()).isEqualTo(204);

        assertThat(signedIn(lost)).isFalse();
        assertThat(signedIn(current)).isFalse();
        assertThat(signedIn(browser)).isFalse();
        assertThat(tokensOf(current.personId())).isZero();
        assertThat(signedIn(someoneElse)).as("nobody else is signed out").isTrue();
    }

    @Test
    void signingOutNeedsAToken() {
        assertProblem(http().delete("/api/v1/auth/token").send(), 401, "unauthenticated");
        assertProblem(http().delete("/api/v1/auth/tokens").send(), 401, "unauthenticated");
        assertProblem(http().delete("/api/v1/auth/tokens").bearer("not-a-token").send(), 401, "unauthenticated");
    }

    @Test
    void withdrawingARoleSignsItsHolderOutEverywhere() {
        String phone = randomPhone();
        TestHttp.Token official = http().signInApi(phone);
        long grant = http().grant(official.personId(), Role.UNIT_ADMIN, "25195");
        TestHttp.Browser browser = http().signInBrowser(phone);
        assertThat(http().get("/api/v1/admin/units/25195/roles").bearer(official.token()).send().status()).isEqualTo(200);

        TestHttp.Token administrator = http().signInApi(randomPhone());
        http().grant(administrator.personId(), Role.UNIT_ADMIN, "70");
        Response withdrawn = http().delete("/api/v1/admin/roles/" + grant).bearer(administrator.token()).send();
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);

        assertThat(signedIn(official)).isFalse();
        assertProblem(http().get("/api/v1/admin/units/25195/roles").bearer(official.token()).send(), 401, "unauthenticated");
        assertThat(signedIn(browser)).isFalse();
        assertThat(signedIn(administrator)).as("the administrator who withdrew it stays signed in").isTrue();

        // Signing in again works, as a citizen.
        TestHttp.Token again = http().signInApi(phone);
        assertProblem(http().get("/api/v1/admin/units/25195/roles").bearer(again.token()).send(), 403, "forbidden");
    }
}
