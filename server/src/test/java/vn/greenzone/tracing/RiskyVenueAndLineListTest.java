package vn.greenzone.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Risky-venue alerts need a second official; line lists are masked unless asked in full, which is audited. */
class RiskyVenueAndLineListTest extends TracingFixtures {

    @Test
    void aRiskyVenueIsToldToEveryVisitorOnlyAfterASecondOfficialApproves() {
        TestVenue market = venue("MARKET");
        String device = deviceKey(market);
        TestHttp.Token inWindow = person("Vũ Thị Chợ");
        TestHttp.Token before = person("Lý Văn Sớm");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(8));
        deviceVisit(device, printedQr(inWindow), start.plus(Duration.ofMinutes(30)));
        deviceVisit(device, printedQr(before), start.minus(Duration.ofHours(3)));
        TestHttp.Token proposer = official(Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Token approver = official(Role.CONTACT_TRACER, COMMUNE);

        var proposal = Map.of("venueId", market.id(), "from", start.toString(), "to", start.plus(Duration.ofHours(2)).toString(),
                "messageType", "GET_TESTED");
        TestHttp.Response proposed = http().post("/api/v1/venue-alerts").bearer(proposer.token()).json(proposal).send();
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        long id = proposed.json().path("id").asLong();
        assertThat(publicVenueIds()).doesNotContain(market.id());
        assertThat(http().get("/api/v1/me/alerts").bearer(inWindow.token()).send().json().size()).isZero();

        assertProblem(http().post("/api/v1/venue-alerts/" + id + "/approval").bearer(proposer.token()).language("en")
                .json(Map.of("approve", true)).send(), 403, "venue-alert.own-proposal");
        assertProblem(http().post("/api/v1/venue-alerts/" + id + "/approval").bearer(official(Role.CONTACT_TRACER, "01").token())
                .json(Map.of("approve", true)).send(), 403, "forbidden");
        TestHttp.Response approved = http().post("/api/v1/venue-alerts/" + id + "/approval").bearer(approver.token())
                .json(Map.of("approve", true)).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().path("notified").asInt()).isEqualTo(1);
        assertProblem(http().post("/api/v1/venue-alerts/" + id + "/approval").bearer(approver.token())
                .json(Map.of("approve", true)).send(), 409, "venue-alert.decided");

        JsonNode told = http().get("/api/v1/me/alerts").bearer(inWindow.token()).send().json();
        assertThat(told.size()).isEqualTo(1);
        assertThat(told.get(0).path("kind").asText()).isEqualTo("RISKY_VENUE");
        assertThat(told.get(0).path("message").asText()).contains("Điểm market").contains("xét nghiệm");
        assertThat(http().get("/api/v1/me/alerts").bearer(before.token()).send().json().size()).isZero();

        TestHttp.Response listed = http().get("/api/v1/risky-venues").language("en").send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(publicVenueIds()).contains(market.id());
        assertThat(listed.body()).contains("Get tested as soon as you can").doesNotContain("Vũ Thị").doesNotContain("VU T");
    }

    @Test
    void aProposalNeedsASensibleWindow() {
        TestVenue market = venue("MARKET");
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        Instant now = Instant.now();
        assertProblem(http().post("/api/v1/venue-alerts").bearer(tracer.token()).json(Map.of("venueId", market.id(),
                "from", now.toString(), "to", now.minus(Duration.ofHours(1)).toString(), "messageType", "ISOLATE")).send(),
                400, "venue-alert.window-invalid");
        assertProblem(http().post("/api/v1/venue-alerts").bearer(tracer.token()).json(Map.of("venueId", 99999999,
                "from", now.minus(Duration.ofHours(2)).toString(), "to", now.toString(), "messageType", "ISOLATE")).send(),
                404, "venue.not-found");
        assertProblem(http().post("/api/v1/venue-alerts").bearer(person("Người Dân").token()).json(Map.of("venueId",
                market.id(), "from", now.minus(Duration.ofHours(2)).toString(), "to", now.toString(), "messageType",
                "ISOLATE")).send(), 403, "forbidden");
    }

    @Test
    void theLineListIsMaskedUnlessAskedInFullAndTheFullOneIsAudited() throws IOException {
        TestVenue office = venue("OFFICE");
        String device = deviceKey(office);
        TestHttp.Token f0 = person("Nguyễn Văn Nguồn");
        TestHttp.Token colleague = person("Trần Văn Đồng");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(10));
        deviceVisit(device, printedQr(f0), start);
        deviceVisit(device, printedQr(colleague), start.plus(Duration.ofHours(1)));
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        long caseId = caseOf(tracer, phoneOf(f0));
        JsonNode contact = contactOf(contacts(tracer, caseId, 1), colleague.personId());
        assertThat(contact).isNotNull();

        List<Row> masked = sheet("/api/v1/cases/" + caseId + "/line-list.xlsx", tracer);
        assertThat(masked).hasSize(3);
        assertThat(masked.get(1).getCellText(1)).isEqualTo("F0");
        assertThat(masked.get(1).getCellText(2)).isEqualTo("NGUYEN V** N****");
        assertThat(masked.get(2).getCellText(1)).isEqualTo("F1");
        assertThat(masked.get(2).getCellText(2)).isEqualTo(contact.path("person").path("name").asText());
        assertThat(masked.get(2).getCellText(7)).isEqualTo("Điểm office");
        assertThat(masked.get(2).getCellText(9)).isEqualTo(contact.path("overlapMinutes").asText()).isEqualTo("480");
        assertThat(audited(tracer, caseId)).isZero();

        List<Row> full = sheet("/api/v1/cases/" + caseId + "/line-list.xlsx?full=true", tracer);
        assertThat(full.get(1).getCellText(2)).isEqualTo("Nguyễn Văn Nguồn");
        assertThat(full.get(2).getCellText(2)).isEqualTo("Trần Văn Đồng");
        assertThat(full.get(2).getCellText(3)).isEqualTo(phoneOf(colleague));
        assertThat(audited(tracer, caseId)).isEqualTo(2);

        List<Row> unit = sheet("/api/v1/units/" + COMMUNE + "/line-list.xlsx", tracer);
        assertThat(unit.stream().map(row -> row.getCellText(0))).contains(String.valueOf(caseId));
        assertProblem(http().get("/api/v1/units/" + COMMUNE + "/line-list.xlsx").send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/units/" + COMMUNE + "/line-list.xlsx").bearer(official(Role.CONTACT_TRACER, "01")
                .token()).send(), 403, "forbidden");
    }

    private long audited(TestHttp.Token viewer, long caseId) {
        return jdbc.sql("select count(*) from audit_entry where viewer_id = :v and purpose = :p")
                .param("v", viewer.personId()).param("p", "tracing case " + caseId).query(Long.class).single();
    }

    private List<Long> publicVenueIds() {
        return http().get("/api/v1/risky-venues").send().json().findValues("venueId").stream().map(JsonNode::asLong).toList();
    }

    private List<Row> sheet(String path, TestHttp.Token token) throws IOException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
                return workbook.getFirstSheet().read();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
