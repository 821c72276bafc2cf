package vn.greenzone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;

/**
 * The contact tracer's story of issue 8 on a phone: visits arrive from reader devices; the tracer records
 * the F0 through the form, sees the venue and the F1 with their minutes of overlap, confirms them, sees the
 * F2 and the graph, notifies; an F1 finds the notice on their home page; the line list matches the page;
 * every full view is in the audit trail. And the public list of risky venues names places, never people.
 */
class TracingBrowserTest extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COMMUNE = CheckinFixtures.COMMUNE;
    private static final String DISTRICT = CheckinFixtures.DISTRICT;

    private record Venue(long id, String name, String deviceKey) {
    }

    @Test
    void aTracerRecordsACaseConfirmsContactsSeesF2AndTheGraphNotifiesAndTheLineListMatchesThePage() throws Exception {
        // Hours ago, reader devices scanned printed codes: F0 and two F1 at a restaurant, then one F1 at a café with an F2.
        // (The threshold of minutes is CaseTracingApiTest's business.)
        String restaurantName = "Nhà hàng Hương Rừng " + suffix();
        String cafeName = "Cà phê Đồi Gió " + suffix();
        Venue restaurant = venue(restaurantName, 11.53490, 106.88320);
        Venue cafe = venue(cafeName, 11.54012, 106.89105);
        TestHttp.Token f0 = person("Nguyễn Văn Không");
        TestHttp.Token f1 = person("Trần Thị Một");
        TestHttp.Token f1b = person("Lê Văn Bốn");
        TestHttp.Token f2 = person("Phạm Thị Hai");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(6));
        deviceVisit(restaurant, f0, start);
        deviceVisit(restaurant, f1, start.plus(Duration.ofMinutes(1)));
        deviceVisit(restaurant, f1b, start.plus(Duration.ofMinutes(30)));
        deviceVisit(cafe, f1, start.plus(Duration.ofHours(3)));
        deviceVisit(cafe, f2, start.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(30)));
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        String tracerPhone = http().nationalPhone(tracer.personId());

        // The tracer signs in and opens "Truy vết" from the menu.
        signIn(tracerPhone);
        openFromMenu("Truy vết");
        Browser.waitForPath(browser, "/tracing");
        assertThat(browser.findElement(By.id("unit-place")).getText()).contains("Thành phố Đồng Xoài");

        // A mistyped isolation date is refused on the form, in Vietnamese, with what was typed kept.
        LocalDate today = LocalDate.now(ZONE);
        browser.findElement(By.id("lookup")).sendKeys(http().nationalPhone(f0.personId()));
        pickUnit("unitCode", 0, "Tỉnh Bình Phước");
        pickUnit("unitCode", 1, "Thành phố Đồng Xoài");
        pickUnit("unitCode", 2, "Phường Tân Phú");
        type("sampleDate", today.toString());
        type("onsetDate", today.minusDays(1).toString());
        type("isolationDate", today.minusDays(2).toString());
        browser.findElement(By.id("source")).sendKeys("Xét nghiệm RT-PCR tại CDC Bình Phước");
        browser.findElement(By.id("record-case")).click();
        assertThat(browser.findElement(By.cssSelector("#new-case #error")).getText())
                .isEqualTo("Ngày cách ly không thể trước ngày khởi phát triệu chứng.");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at vn.greenzone");
        assertThat(browser.findElement(By.id("lookup")).getAttribute("value")).isEqualTo(http().nationalPhone(f0.personId()));
        assertThat(browser.findElement(By.id("unitCode")).getAttribute("value")).isEqualTo(COMMUNE);
        Browser.screenshot(browser, "tracing-case-form-refused-360px");
        type("isolationDate", today.toString());
        browser.findElement(By.id("record-case")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("recorded"));
        String casePath = URI.create(browser.getCurrentUrl()).getPath();
        long caseId = Long.parseLong(casePath.substring("/tracing/cases/".length()));

        // The venue visited in the infectious window, on the list and as a marker on the map (tiles or not).
        assertThat(browser.findElement(By.id("subject-name")).getText()).isEqualTo("NGUYEN V** K****");
        List<WebElement> visits = browser.findElements(By.cssSelector("#visits li.visit"));
        assertThat(visits).hasSize(1);
        assertThat(visits.getFirst().findElement(By.className("venue-name")).getText()).isEqualTo(restaurantName);
        assertThat(visits.getFirst().getText()).contains("Thiết bị đọc").contains("11.53490");
        new WebDriverWait(browser, WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#visit-map .leaflet-marker-icon")));
        assertThat(browser.findElement(By.id("visit-map")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("visit-map")).getAttribute("data-tiles"))
                .as("greenzone.tracing.map-tile-url").isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");

        // The F1 with their minutes of overlap; no F2 before a confirmation.
        Map<String, String> f1Rows = rows("f1");
        assertThat(f1Rows).containsOnly(Map.entry("TRAN T** M**", "119"), Map.entry("LE V** B**", "90"));
        assertThat(browser.findElement(By.id("no-f2")).isDisplayed()).isTrue();
        assertFitsTheScreen();
        fullPageScreenshot("tracing-case-f1-360px");

        // "Show in full" re-renders the case and its contacts in full (audited); back to masked.
        browser.findElement(By.id("show-full")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("full=true"));
        assertThat(browser.findElement(By.id("subject-name")).getText()).isEqualTo("Nguyễn Văn Không");
        assertThat(browser.findElement(By.id("f1")).getText()).contains("Trần Thị Một");
        browser.findElement(By.id("show-masked")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("subject-name"), "NGUYEN V** K****"));

        // Confirm one F1 with the checkboxes and the bulk button, the other with its own button.
        browser.findElement(By.id("pick-" + contactId("f1", "TRAN T** M**"))).click();
        browser.findElement(By.id("confirm-selected")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("decided"));
        browser.findElement(By.id("confirm-" + contactId("f1", "LE V** B**"))).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("f1"), "Đã xác nhận"));
        assertThat(browser.findElements(By.cssSelector("#f1 tr.contact")).stream().map(row -> row.getAttribute("data-decision")))
                .containsOnly("CONFIRMED");

        // F2 through the confirmed F1 at the café.
        WebElement f2Row = row("f2", "PHAM T** H**");
        assertThat(f2Row.findElement(By.className("through")).getText()).isEqualTo("TRAN T** M**");
        assertThat(f2Row.findElement(By.className("overlap")).getText()).isEqualTo("90");
        assertThat(f2Row.getText()).contains(cafeName);
        assertThat(f2Row.getAttribute("data-decision")).isEqualTo("CANDIDATE");

        // The graph: an SVG with the case and each contact, linked.
        WebElement graph = browser.findElement(By.cssSelector("#graph svg"));
        assertThat(graph.findElements(By.cssSelector("g.node.case"))).hasSize(1);
        assertThat(graph.findElements(By.cssSelector("g.node.contact"))).hasSize(3);
        assertThat(graph.findElements(By.cssSelector("line.edge")).size()).isGreaterThanOrEqualTo(3);
        assertThat(graph.getText()).contains("F0 #" + caseId).contains("TRAN T** M**").contains("PHAM T** H**");

        // A household member added by hand, confirmed at once (without a name first: refused beside the form).
        new Select(browser.findElement(By.id("manual-relation"))).selectByValue("HOUSEHOLD");
        browser.findElement(By.id("add-contact")).click();
        assertThat(browser.findElement(By.cssSelector("#manual #error")).getText()).isEqualTo("Họ tên từ 1 đến 100 ký tự.");
        assertThat(browser.getCurrentUrl()).endsWith("#manual");
        browser.findElement(By.id("manual-name")).sendKeys("Vũ Thị Nhà");
        new Select(browser.findElement(By.id("manual-relation"))).selectByValue("HOUSEHOLD");
        browser.findElement(By.id("add-contact")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("added"));
        assertThat(row("f1", "VU T** N**").getText()).contains("Cùng hộ gia đình").contains("Đã xác nhận");

        // Notify: three confirmed contacts told once; the one without a phone is pointed out.
        browser.findElement(By.id("notify-contacts")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("notify-result")));
        assertThat(browser.findElement(By.id("notify-result")).getText()).isEqualTo(
                "Đã thông báo cho 3 người; 0 người đã được thông báo trước đó. "
                        + "1 người không có số điện thoại: hãy liên hệ trực tiếp.");
        browser.findElement(By.id("notify-contacts")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("notify-result"),
                "Đã thông báo cho 0 người; 3 người đã được thông báo trước đó."));
        assertFitsTheScreen();
        fullPageScreenshot("tracing-case-confirmed-360px");

        // The masked line list has the rows of the page: the same masked names and minutes of overlap.
        Map<String, String> onPage = new LinkedHashMap<>(rows("f1"));
        onPage.putAll(rows("f2"));
        String session = browser.manage().getCookieNamed(TestHttp.SESSION_COOKIE).getValue();
        List<Row> sheet = sheet(downloadXlsx(browser.findElement(By.id("line-list")).getAttribute("href"), session));
        Map<String, String> inSheet = new LinkedHashMap<>();
        for (Row row : sheet.subList(1, sheet.size())) {
            if (!"F0".equals(text(row, 1))) {
                inSheet.put(text(row, 2), text(row, 9));
            }
        }
        assertThat(text(sheet.get(1), 1)).isEqualTo("F0");
        assertThat(text(sheet.get(1), 2)).isEqualTo("NGUYEN V** K****");
        assertThat(inSheet).isEqualTo(onPage);
        assertThat(onPage).containsEntry("TRAN T** M**", "119").containsEntry("PHAM T** H**", "90")
                .containsEntry("VU T** N**", "");
        // ... and the full one names them, audited.
        List<Row> fullSheet = sheet(downloadXlsx(browser.findElement(By.id("line-list-full")).getAttribute("href"), session));
        assertThat(fullSheet.stream().map(row -> text(row, 2))).contains("Nguyễn Văn Không", "Trần Thị Một", "Phạm Thị Hai");

        // The same page in English still fits a 360-px phone.
        browser.get(url(casePath + "?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case #" + caseId);
        assertThat(browser.findElement(By.id("f1")).getText()).contains("Confirmed").contains("Same household");
        assertThat(browser.findElement(By.id("notify-contacts")).getText()).isEqualTo("Notify confirmed contacts");
        assertFitsTheScreen();
        Browser.screenshot(browser, "tracing-case-en-360px");
        fullPageScreenshot("tracing-case-en-full-360px");
        browser.get(url("/tracing?lang=en"));
        assertThat(browser.findElement(By.id("cases")).getText()).contains("#" + caseId).contains("NGUYEN V** K****");
        assertFitsTheScreen();
        fullPageScreenshot("tracing-cases-en-360px");
        browser.get(url("/tracing?lang=vi"));

        // Follow-up: the F1 is reached and noted, then tests positive and becomes a case of the same cluster.
        browser.findElement(By.id("nav-contacts")).click();
        Browser.waitForPath(browser, "/tracing/contacts");
        assertFitsTheScreen();
        browser.findElement(By.linkText("TRAN T** M**")).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã thông báo");
        new Select(browser.findElement(By.id("status-select"))).selectByValue("REACHED");
        browser.findElement(By.id("officer-phone")).sendKeys(tracerPhone);
        browser.findElement(By.id("note")).sendKeys("Đã gọi điện, không triệu chứng");
        browser.findElement(By.id("save-follow-up")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã liên hệ được");
        assertThat(browser.findElement(By.id("officer")).getText()).contains("LE V** C** B*");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Đã gọi điện, không triệu chứng");
        assertFitsTheScreen();
        fullPageScreenshot("tracing-contact-360px");
        type("positive-sample", today.toString());
        type("positive-isolation", today.toString());
        browser.findElement(By.id("record-positive")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("recorded"));
        long secondCase = Long.parseLong(URI.create(browser.getCurrentUrl()).getPath().substring("/tracing/cases/".length()));
        assertThat(secondCase).isNotEqualTo(caseId);
        assertThat(browser.findElement(By.id("subject-name")).getText()).isEqualTo("TRAN T** M**");
        assertThat(browser.findElement(By.id("cluster-first")).getAttribute("href")).endsWith("/tracing/cases/" + caseId);
        assertThat(browser.findElements(By.cssSelector("#graph g.node.case"))).hasSize(2);
        browser.get(url(casePath));
        assertThat(row("f1", "TRAN T** M**").findElement(By.className("is-case")).getText())
                .isEqualTo("Đã là ca bệnh #" + secondCase);

        // Every full view is in the audit trail: "show in full" on the page, and the full line list.
        assertThat(audited(tracer.personId(), "page /tracing/cases/" + caseId + "?full=true", f0.personId())).isPositive();
        assertThat(audited(tracer.personId(), "page /tracing/cases/" + caseId + "?full=true", f1.personId())).isPositive();
        assertThat(audited(tracer.personId(), "GET line list of case " + caseId, f0.personId())).isPositive();
        assertThat(audited(tracer.personId(), "GET line list of case " + caseId, f2.personId())).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v and context not like '%full=true' "
                        + "and context not like 'GET line list%'").param("v", tracer.personId()).query(Long.class).single())
                .as("masked pages and the masked line list are not full views").isZero();

        // An F1 signs in on their own phone and finds the notice first on the home page, naming the venue, not the case.
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(f1b.personId()));
        WebElement notice = browser.findElement(By.id("my-alerts"));
        assertThat(notice.findElement(By.className("alert-title")).getText()).isEqualTo("Bạn là người tiếp xúc gần (F1)");
        assertThat(notice.getText()).contains(restaurantName).doesNotContain("Không").doesNotContain("KHONG");
        assertThat(notice.getLocation().getY()).isLessThan(browser.findElement(By.id("greeting")).getLocation().getY());
        assertFitsTheScreen();
        Browser.screenshot(browser, "tracing-home-notice-360px");
    }

    @Test
    void aRiskyVenueNeedsASecondOfficialAndThePublicListShowsThePlaceButNobody() throws Exception {
        String marketName = "Chợ Tân Phú " + suffix();
        Venue market = venue(marketName, null, null);
        TestHttp.Token visitor = person("Hoàng Thị Chợ");
        Instant visit = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
        deviceVisit(market, visitor, visit);
        TestHttp.Token proposer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Token approver = official(Role.CONTACT_TRACER, COMMUNE);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        // The first tracer proposes the market for the hours around the visit, in Vietnam time.
        signIn(http().nationalPhone(proposer.personId()));
        browser.get(url("/tracing/venue-alerts"));
        browser.findElement(By.id("venueId")).sendKeys(Long.toString(market.id()));
        type("from", LocalDateTime.ofInstant(visit.minus(Duration.ofHours(1)), ZONE).format(local));
        type("to", LocalDateTime.ofInstant(visit.plus(Duration.ofHours(1)), ZONE).format(local));
        new Select(browser.findElement(By.id("messageType"))).selectByValue("GET_TESTED");
        browser.findElement(By.id("propose")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("proposed"));
        WebElement pending = browser.findElement(By.cssSelector("#pending tr[data-alert-id]"));
        assertThat(pending.getText()).contains(marketName).contains("Đề xuất của bạn");
        String alertId = pending.getAttribute("data-alert-id");

        // Approving one's own proposal is refused on the page, in the user's language.
        browser.findElement(By.id("approve-" + alertId)).click();
        assertThat(browser.findElement(By.cssSelector("#pending-card #error")).getText())
                .isEqualTo("Cần một cán bộ khác phê duyệt: bạn là người đề xuất cảnh báo này.");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertFitsTheScreen();
        fullPageScreenshot("tracing-venue-alerts-own-360px");

        // A second official approves: the visitor is told.
        browser.manage().deleteAllCookies();
        signIn(http().nationalPhone(approver.personId()));
        browser.get(url("/tracing/venue-alerts"));
        browser.findElement(By.id("approve-" + alertId)).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("approved"));
        assertThat(browser.findElement(By.id("approved")).getText()).isEqualTo("Đã phê duyệt; 1 người đã được thông báo.");
        assertThat(http().get("/api/v1/me/alerts").bearer(visitor.token()).send().json().get(0).path("kind").asString())
                .isEqualTo("RISKY_VENUE");

        // Anyone, signed in or not, sees the place and the times; nobody's name.
        browser.manage().deleteAllCookies();
        browser.get(url("/risky-venues"));
        WebElement listed = browser.findElement(By.cssSelector("#risky-venues li[data-venue-id='" + market.id() + "']"));
        assertThat(listed.findElement(By.className("venue-name")).getText()).isEqualTo(marketName);
        assertThat(listed.getText()).contains("Phường Tân Phú").contains("Đi xét nghiệm sớm nhất có thể")
                .contains(LocalDateTime.ofInstant(visit.minus(Duration.ofHours(1)), ZONE)
                        .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("Hoàng Thị Chợ").doesNotContain("HOANG").doesNotContain("Cán Bộ")
                .doesNotContain(http().nationalPhone(visitor.personId()));
        assertFitsTheScreen();
        Browser.screenshot(browser, "risky-venues-public-360px");
    }

    // ---------------------------------------------------------------- the page

    /** The masked name → minutes of overlap of each contact in a table of the case page. */
    private Map<String, String> rows(String tableId) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#" + tableId + " tr.contact"))) {
            rows.put(row.findElement(By.className("contact-name")).getText(),
                    row.findElement(By.className("overlap")).getText());
        }
        return rows;
    }

    private WebElement row(String tableId, String maskedName) {
        return browser.findElements(By.cssSelector("#" + tableId + " tr.contact")).stream()
                .filter(row -> row.findElement(By.className("contact-name")).getText().equals(maskedName)).findFirst()
                .orElseThrow(() -> new AssertionError(maskedName + " not in #" + tableId));
    }

    private String contactId(String tableId, String maskedName) {
        return row(tableId, maskedName).getAttribute("data-contact-id");
    }



    private long audited(long viewerId, String context, long subjectPersonId) {
        return jdbc.sql("""
                        select count(*) from audit_entry where viewer_id = :v and context = :c
                           and subject_kind = 'person' and subject_id = :s""")
                .param("v", viewerId).param("c", context).param("s", Long.toString(subjectPersonId))
                .query(Long.class).single();
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getText).orElse("");
    }

    // ---------------------------------------------------------------- data through the API



    /** A restaurant in Phường Tân Phú (at a position, when given) with one reader device. */
    private Venue venue(String name, Double latitude, Double longitude) {
        TestHttp.Token owner = person("Trần Thị Chủ");
        var fields = new HashMap<String, Object>();
        fields.put("name", name);
        fields.put("category", "RESTAURANT");
        fields.put("unitCode", COMMUNE);
        fields.put("address", "Số " + ThreadLocalRandom.current().nextInt(1_000_000_000) + " Phú Riềng Đỏ");
        fields.put("contactPhone", "0912345678");
        fields.put("latitude", latitude);
        fields.put("longitude", longitude);
        TestHttp.Response created = http().post("/api/v1/venues").bearer(owner.token()).json(fields).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        TestHttp.Response device = http().post("/api/v1/venues/" + id + "/devices").bearer(owner.token())
                .json(Map.of("name", "Cổng chính")).send();
        assertThat(device.status()).as(device.toString()).isEqualTo(201);
        return new Venue(id, name, device.json().path("apiKey").asString());
    }

    /** The device scans the visitor's printed code at {@code at}. */
    private void deviceVisit(Venue venue, TestHttp.Token visitor, Instant at) {
        TestHttp.Response printed = http().post("/api/v1/me/qr/printed").bearer(visitor.token()).json(Map.of()).send();
        assertThat(printed.status()).as(printed.toString()).isEqualTo(201);
        var scan = Map.of("eventId", UUID.randomUUID().toString(), "qr", printed.json().path("text").asString(),
                "scannedAt", at.toString());
        TestHttp.Response answer = http().post("/api/v1/devices/scans").header("X-Device-Key", venue.deviceKey())
                .json(Map.of("scans", List.of(scan))).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).as(answer.toString()).isEqualTo(1);
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
    }
}
