package vn.greenzone.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The quarantine pages beyond the browser story: refusals on the forms in the reader's language, the public
 * link's error pages, the home-page card and the signed-in form, who sees the menu and the contact's button,
 * full views and the export audited, masked ones not.
 */
class QuarantinePagesTest extends QuarantineFixtures {

    @Test
    void theEnrolFormRefusesOnTheFormInTheReadersLanguageAndListsTheAreasFacilities() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        TestHttp.Browser browser = http().signInBrowser(phoneOf(officer));
        TestHttp.Token facilityOwner = person("Chủ Khu Cách Ly");
        var facility = new HashMap<String, Object>(Map.of("name", "Khu cách ly Trường Quân sự", "category",
                "QUARANTINE_FACILITY", "unitCode", COMMUNE, "address", "Số " + System.nanoTime() + " Đường Lê Duẩn",
                "contactPhone", "0912345678"));
        TestHttp.Response registered = http().post("/api/v1/venues").bearer(facilityOwner.token()).json(facility).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        TestHttp.Response page = http().get("/quarantine/new").session(browser.session()).html().send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"enrol-form\"").contains("Khu cách ly Trường Quân sự")
                .contains("value=\"" + today().plusDays(14) + "\"");

        String phone = phoneOf(person("Đinh Văn Gõ"));
        var form = new HashMap<String, String>(Map.of("_csrf", page.csrfToken(), "by", "PHONE", "lookup", phone,
                "place", "HOME", "unitCode", COMMUNE, "street", "", "startDate", today().toString(),
                "plannedEnd", today().plusDays(14).toString()));
        TestHttp.Response refused = http().post("/quarantine/new?lang=en").session(browser.session()).html().form(form).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"enrol-form\"").contains("Enter the house number, street or hamlet")
                .contains("value=\"" + phone + "\"").doesNotContain("Exception");
        form.put("street", "Tổ 4, khu phố 2");
        form.put("plannedEnd", "17/12/2026");
        TestHttp.Response badDate = http().post("/quarantine/new?lang=vi").session(browser.session()).html().form(form).send();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("Ngày không hợp lệ.").contains("value=\"Tổ 4, khu phố 2\"");
        form.put("plannedEnd", today().plusDays(10).toString());
        TestHttp.Response enrolled = http().post("/quarantine/new").session(browser.session()).html().form(form).send();
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(302);
        assertThat(enrolled.location()).matches("/quarantine/\\d+\\?enrolled");
        TestHttp.Response shown = http().get(enrolled.location()).session(browser.session()).html().send();
        assertThat(shown.body()).contains("DINH V** G*").contains("Đã đưa vào cách ly").doesNotContain("Tổ 4")
                .doesNotContain("Đinh Văn Gõ");
    }

    @Test
    void theTextedLinkOpensTheFormSignedOutAndForgedOrEndedLinksGetAClearPage() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        String phone = phoneOf(person("Mai Thị Liên"));
        long id = enrolled(officer, atHome(phone, today()));
        String path = "/q/" + linkToken(phone);

        TestHttp.Response form = http().get(path).html().send();
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.header("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.body()).contains("id=\"healthy\"").contains("Cách ly tại nhà đến hết ngày")
                .doesNotContain("Mai Thị Liên");
        String session = form.sessionCookie().orElseThrow();
        var post = new HashMap<String, String>(Map.of("_csrf", form.csrfToken(), "symptoms", "COUGH", "temperature", "50"));
        TestHttp.Response tooHot = http().post(path).session(session).html().form(post).send();
        assertThat(tooHot.status()).isEqualTo(400);
        assertThat(tooHot.body()).contains("Nhiệt độ phải từ 34.0 đến 43.0 °C.").contains("id=\"report-form\"")
                .contains("value=\"50\"");
        post.put("temperature", "38,7");
        TestHttp.Response sent = http().post(path).session(session).html().form(post).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo(path + "?sent");
        assertThat(http().get(path + "?sent").session(session).html().send().body()).contains("Đã gửi báo cáo hôm nay.");
        assertThat(detail(officer, id).path("quarantine").path("lastTemperature").asDouble()).isEqualTo(38.7);

        TestHttp.Response forged = http().get("/q/AAAAAAAAAAAAAAAAAAAAAA?lang=en").html().send();
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("This report link is not valid").doesNotContain("Exception");
        act(officer, id, Map.of("action", "END", "reason", "COMPLETED"));
        TestHttp.Response ended = http().get(path).html().send();
        assertThat(ended.status()).isEqualTo(410);
        assertThat(ended.body()).contains("Đợt cách ly này đã kết thúc");
    }

    @Test
    void thePersonReportsFromTheHomePageAndOnlyOfficersSeeTheMenuEntryAndTheContactsButton() {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        TestHttp.Token person = person("Trịnh Văn Nhà");
        long id = enrolled(officer, atHome(phoneOf(person), today()));
        TestHttp.Browser own = http().signInBrowser(phoneOf(person));
        TestHttp.Response home = http().get("/").session(own.session()).html().send();
        assertThat(home.body()).contains("id=\"my-quarantine\"").contains("href=\"/me/quarantine/" + id + "\"")
                .contains("Hôm nay chưa báo cáo sức khỏe.");
        TestHttp.Response form = http().get("/me/quarantine/" + id).session(own.session()).html().send();
        TestHttp.Response sent = http().post("/me/quarantine/" + id).session(own.session()).html()
                .form(Map.of("_csrf", form.csrfToken(), "healthy", "true")).send();
        assertThat(sent.location()).as(sent.toString()).isEqualTo("/me/quarantine/" + id + "?sent");
        assertThat(http().get("/").session(own.session()).html().send().body()).contains("Đã báo cáo hôm nay.");
        TestHttp.Browser stranger = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/me/quarantine/" + id).session(stranger.session()).html().send().status()).isEqualTo(404);
        assertThat(http().get("/").session(stranger.session()).html().send().body()).doesNotContain("href=\"/quarantine\"")
                .doesNotContain("my-quarantine");
        assertThat(http().get("/quarantine").session(stranger.session()).html().send().status()).isEqualTo(403);

        TestHttp.Browser officers = http().signInBrowser(phoneOf(officer));
        assertThat(http().get("/").session(officers.session()).html().send().body()).contains("href=\"/quarantine\"");
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Response c = http().post("/api/v1/cases").bearer(tracer.token()).json(Map.of("phone",
                phoneOf(person("Tạ Văn Ca")), "unitCode", COMMUNE, "sampleDate", today().toString(),
                "isolationDate", today().toString())).send();
        TestHttp.Response contact = http().post("/api/v1/cases/" + c.json().path("id").asLong() + "/contacts")
                .bearer(tracer.token()).json(Map.of("phone", phoneOf(person("Tạ Thị Gần")), "relation", "WORKPLACE")).send();
        long contactId = contact.json().path("id").asLong();
        TestHttp.Response contactPage = http().get("/tracing/contacts/" + contactId).session(officers.session()).html().send();
        assertThat(contactPage.body()).contains("id=\"enrol-quarantine\"")
                .contains("href=\"/quarantine/new?contact=" + contactId + "\"");
        TestHttp.Response prefilled = http().get("/quarantine/new?contact=" + contactId).session(officers.session()).html()
                .send();
        assertThat(prefilled.body()).contains("TA T** G**").contains("id=\"by-contact\" checked=\"checked\"");
        TestHttp.Browser tracers = http().signInBrowser(phoneOf(tracer));
        assertThat(http().get("/tracing/contacts/" + contactId).session(tracers.session()).html().send().body())
                .as("a tracer without the quarantine role has no button").doesNotContain("enrol-quarantine");
    }

    @Test
    void theBoardMasksByDefaultAuditsFullViewsAndExportsTheListAsASpreadsheet() throws Exception {
        TestHttp.Token officer = official(Role.QUARANTINE_OFFICER, DISTRICT);
        TestHttp.Token person = person("Hà Thị Bảng");
        long id = enrolled(officer, atHome(phoneOf(person), today()));
        TestHttp.Browser browser = http().signInBrowser(phoneOf(officer));
        TestHttp.Response board = http().get("/quarantine?mine=true").session(browser.session()).html().send();
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        assertThat(board.body()).contains("id=\"q-" + id + "\"").contains("HA T** B***").doesNotContain("Hà Thị Bảng");
        assertThat(audits(officer)).isZero();
        TestHttp.Response full = http().get("/quarantine?mine=true&full=true").session(browser.session()).html().send();
        assertThat(full.body()).contains("Hà Thị Bảng");
        assertThat(audits(officer)).isEqualTo(1);

        List<Row> masked = sheet(download("/quarantine/export.xlsx?mine=true", browser.session()));
        assertThat(masked).hasSize(2);
        assertThat(text(masked.get(1), 1)).isEqualTo("HA T** B***");
        assertThat(audits(officer)).as("a masked export is no full view").isEqualTo(1);
        List<Row> inFull = sheet(download("/quarantine/export.xlsx?mine=true&full=true", browser.session()));
        assertThat(text(inFull.get(1), 1)).isEqualTo("Hà Thị Bảng");
        assertThat(text(inFull.get(1), 6)).isEqualTo("Số 12 Đường Phú Riềng Đỏ");
        assertThat(audits(officer)).isEqualTo(2);

        TestHttp.Response reached = http().post("/quarantine/" + id + "/actions").session(browser.session()).html()
                .form(Map.of("_csrf", board.csrfToken(), "action", "REACHED", "back", "/quarantine?mine=true")).send();
        assertThat(reached.location()).as(reached.toString()).isEqualTo("/quarantine?mine=true&done=REACHED");
        TestHttp.Response badDays = http().post("/quarantine/" + id + "/actions?lang=en").session(browser.session()).html()
                .form(Map.of("_csrf", board.csrfToken(), "action", "EXTEND", "days", "99")).send();
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(badDays.body()).contains("Extend by 1 to 60 days.").contains("id=\"actions\"");
        TestHttp.Response away = http().post("/quarantine/" + id + "/actions").session(browser.session()).html()
                .form(Map.of("_csrf", board.csrfToken(), "action", "CALL", "back", "https://evil.example/")).send();
        assertThat(away.location()).as("back only within the board").startsWith("/quarantine/" + id + "?done=CALL");
    }

    private long audits(TestHttp.Token viewer) {
        return jdbc.sql("select count(*) from audit_entry where viewer_id = :v").param("v", viewer.personId())
                .query(Long.class).single();
    }

    private byte[] download(String path, String session) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Cookie", TestHttp.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("spreadsheetml"));
        return response.body();
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(org.dhatim.fastexcel.reader.Cell::getText).orElse("");
    }

    private static List<Row> sheet(byte[] xlsx) throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }
}
