package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/** Reader devices send batches of scans, possibly hours late, possibly twice. */
class DeviceScanTest extends CheckinFixtures {

    private static Map<String, Object> scan(String eventId, String qr, Instant at) {
        return Map.of("eventId", eventId, "qr", qr, "scannedAt", at.toString());
    }

    private TestHttp.Response send(String key, List<Map<String, Object>> scans) {
        return http().post("/api/v1/devices/scans").header("X-Device-Key", key).json(Map.of("scans", scans)).send();
    }

    private static JsonNode result(JsonNode answer, String eventId) {
        for (JsonNode item : answer.path("results")) {
            if (item.path("eventId").asText().equals(eventId)) {
                return item;
            }
        }
        throw new AssertionError("no result for " + eventId + " in " + answer);
    }

    @Test
    void aBatchKeepsValidScansWithTheirOriginalTimeAndRefusesBadOnesOneByOne() {
        TestVenue venue = venue("INDUSTRIAL_ZONE");
        String key = deviceKey(venue);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant offline = now.minus(Duration.ofHours(23));
        String a = printedQr(person("Công Nhân A"));
        String b = printedQr(person("Công Nhân B"));
        String c = personalQr(person("Công Nhân C"));
        TestHttp.Token leaver = person("Công Nhân D");
        TestHttp.Response printed = http().post("/api/v1/me/qr/printed").bearer(leaver.token()).json(Map.of()).send();
        assertThat(http().delete("/api/v1/me/qr/printed/" + printed.json().path("printedId").asLong()).bearer(leaver.token())
                .send().status()).isBetween(200, 204);

        List<Map<String, Object>> batch = new ArrayList<>(List.of(
                scan("e1", a, offline),
                scan("e2", b, now.minusSeconds(30)),
                scan("e3", c, now.minusSeconds(5)),
                scan("e4", a, offline.plusSeconds(120)),
                scan("e5", b, now.minus(Duration.ofHours(25))),
                scan("e6", b, now.plus(Duration.ofHours(1))),
                Map.of("eventId", "e7", "qr", b, "scannedAt", "yesterday"),
                scan("e8", "not|a|qr", now),
                scan("e2", c, now),
                Map.of("qr", a, "scannedAt", now.toString()),
                scan("e9", printed.json().path("text").asText(), now)));
        TestHttp.Response response = send(key, batch);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("results")).hasSize(batch.size());
        assertThat(answer.path("accepted").asInt()).isEqualTo(3);
        assertThat(answer.path("merged").asInt()).isEqualTo(1);
        assertThat(result(answer, "e4").path("outcome").asText()).isEqualTo("MERGED");
        assertThat(result(answer, "e5").path("code").asText()).isEqualTo("device.scan-too-old");
        assertThat(result(answer, "e6").path("code").asText()).isEqualTo("device.scan-in-future");
        assertThat(result(answer, "e7").path("code").asText()).isEqualTo("device.scan-time-invalid");
        assertThat(result(answer, "e8").path("code").asText()).isEqualTo("qr.malformed");
        assertThat(result(answer, "e8").path("message").asText()).isNotBlank();
        assertThat(result(answer, "").path("code").asText()).isEqualTo("device.event-id-invalid");
        assertThat(result(answer, "e9").path("code").asText()).isEqualTo("qr.revoked");
        assertThat(answer.path("refused").asInt()).isEqualTo(7);

        Instant stored = jdbc.sql("select checked_in_at from checkin where id = :id")
                .param("id", result(answer, "e1").path("visitId").asLong()).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(stored).isEqualTo(offline);
        assertThat(visits(venue.id())).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from checkin where venue_id = :v and method = 'DEVICE' and device_id is not null")
                .param("v", venue.id()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void reSendingABatchAfterALostAnswerCreatesNoDuplicates() {
        TestVenue venue = venue("SHOPPING_CENTRE");
        String key = deviceKey(venue);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(scan(UUID.randomUUID().toString(), printedQr(person("Khách " + i)), now.minusSeconds(60 + i)));
        }
        JsonNode first = send(key, batch).json();
        assertThat(first.path("accepted").asInt()).isEqualTo(5);

        JsonNode again = send(key, batch).json();
        assertThat(again.path("accepted").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(again.path("results").get(i).path("visitId").asLong())
                    .isEqualTo(first.path("results").get(i).path("visitId").asLong());
        }
        assertThat(visits(venue.id())).isEqualTo(5);
    }

    @Test
    void aReSentBatchWithNewGoodAndBadScansAnswersEachItemAndStoresOnlyTheNewOnes() {
        TestVenue venue = venue("MARKET");
        String key = deviceKey(venue);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String a = printedQr(person("Tiểu Thương A"));
        String b = printedQr(person("Tiểu Thương B"));
        String c = printedQr(person("Tiểu Thương C"));
        List<Map<String, Object>> first = List.of(scan("m1", a, now.minusSeconds(3600)), scan("m2", b, now.minusSeconds(3500)),
                scan("m3", "garbage", now), scan("m4", a, now.minusSeconds(3590)));
        JsonNode answer = send(key, first).json();
        assertThat(answer.path("accepted").asInt()).isEqualTo(2);

        // the device lost the answer, sends the same scans again with newer ones behind them
        List<Map<String, Object>> again = new ArrayList<>(first);
        again.add(scan("m5", c, now.minusSeconds(10)));
        again.add(scan("m6", b, now.minusSeconds(3500 - 120)));
        again.add(scan("m7", c, now.minus(Duration.ofDays(2))));
        JsonNode second = send(key, again).json();

        assertThat(result(second, "m1").path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(result(second, "m1").path("visitId").asLong()).isEqualTo(result(answer, "m1").path("visitId").asLong());
        assertThat(result(second, "m2").path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(result(second, "m2").path("visitId").asLong()).isEqualTo(result(answer, "m2").path("visitId").asLong());
        assertThat(result(second, "m3").path("code").asText()).isEqualTo("qr.malformed");
        assertThat(result(second, "m4").path("outcome").asText()).isEqualTo("MERGED");
        assertThat(result(second, "m5").path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(result(second, "m6").path("outcome").asText()).as("b again two minutes later: a repeat").isEqualTo("MERGED");
        assertThat(result(second, "m7").path("code").asText()).isEqualTo("device.scan-too-old");
        assertThat(second.path("results")).hasSize(7);
        assertThat(second.path("accepted").asInt()).isEqualTo(1);
        assertThat(second.path("duplicates").asInt()).isEqualTo(2);
        assertThat(visits(venue.id())).isEqualTo(3);
        assertThat(send(key, again).json().path("duplicates").asInt()).as("a third time").isEqualTo(3);
        assertThat(visits(venue.id())).isEqualTo(3);
    }

    @Test
    void anotherAppsCodeWithQuotesAndCommasInTheNameIsStoredAsScanned() {
        TestVenue venue = venue("CHECKPOINT");
        String key = deviceKey(venue);
        String idNumber = randomIdNumber();
        String name = "NGUYEN \"BA\", TU\\N";
        JsonNode answer = send(key, List.of(scan("f1", idNumber + "|" + name + "|1980-02-03|1|OTHERAPP-9|<0<<0912000111",
                Instant.now().minusSeconds(30)))).json();

        assertThat(result(answer, "f1").path("outcome").asText()).as(answer.toString()).isEqualTo("ACCEPTED");
        var row = jdbc.sql("select visitor_name, visitor_id_number, visitor_birth::text as birth, foreign_code from checkin where id = :id")
                .param("id", result(answer, "f1").path("visitId").asLong()).query().singleRow();
        assertThat(row).containsEntry("visitor_name", name).containsEntry("visitor_id_number", idNumber)
                .containsEntry("birth", "1980-02-03").containsEntry("foreign_code", true);
    }

    @Test
    void aDeviceScanMinutesAfterTheSamePersonsOwnCheckInIsFoldedIntoIt() {
        TestVenue venue = venue("OFFICE");
        String key = deviceKey(venue);
        TestHttp.Token worker = person("Nhân Viên Văn Phòng");
        String printed = printedQr(worker);
        assertThat(checkIn(worker, venue.posterUrl()).status()).isEqualTo(201);

        JsonNode answer = send(key, List.of(scan("door-1", printed, Instant.now().plusSeconds(60)),
                scan("door-2", printed, Instant.now().minus(Duration.ofMinutes(30))))).json();

        assertThat(result(answer, "door-1").path("outcome").asText()).isEqualTo("MERGED");
        assertThat(result(answer, "door-2").path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(visits(venue.id())).isEqualTo(2);
    }

    @Test
    void keysBatchSizeAndEmptyBatchesAreChecked() {
        TestVenue venue = venue("STATION");
        String key = deviceKey(venue);
        TestHttp.assertProblem(send("gzd_wrong", List.of(scan("x", "y", Instant.now()))), 401, "device.key-invalid");
        TestHttp.assertProblem(http().post("/api/v1/devices/scans").json(Map.of("scans", List.of())).send(), 401,
                "device.key-invalid");
        TestHttp.assertProblem(send(key, List.of()), 400, "device.batch-empty");

        String qr = printedQr(person("Hành Khách"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(scan("big-" + i, qr, Instant.now()));
        }
        TestHttp.Response oversized = send(key, tooMany);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(visits(venue.id())).isZero();

        TestHttp.Response missing = http().post("/api/v1/devices/scans").header("X-Device-Key", key).json(Map.of()).send();
        assertThat(missing.status()).isEqualTo(400);
    }
}
