package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.IntegrationTest;

/** Browser sessions live in PostgreSQL, so any app node on the same database can serve the person. */
class SessionStoreTest extends IntegrationTest {

    @Test
    void aSignedInBrowserSessionIsARowInTheDatabaseNamedByThePersonNotTheirPhone() {
        String phone = randomPhone();
        var browser = http().signInBrowser(phone);
        long personId = jdbc.sql("select id from person where phone = :phone")
                .param("phone", international(phone)).query(Long.class).single();

        // Spring Session sends the session id Base64-encoded in the cookie.
        String sessionId = new String(Base64.getDecoder().decode(browser.session()), StandardCharsets.UTF_8);
        String principal = jdbc.sql("select principal_name from spring_session where session_id = :id")
                .param("id", sessionId).query(String.class).single();
        assertThat(principal).isEqualTo(Long.toString(personId)).doesNotContain(phone.substring(1));

        http().post("/logout").html().session(browser.session())
                .form(Map.of("_csrf", browser.csrf())).send();
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id")
                .param("id", sessionId).query(Long.class).single()).isZero();
    }
}
