package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * A symptom, an exposure or a positive test puts the person on the list of the health officials of their
 * commune and district at once, masked; in full only on request, and then in the audit trail.
 */
class FlaggedDeclarationTest extends DeclarationFixtures {

    private static final String OTHER_DISTRICT = "690";

    private JsonNode flagged(TestHttp.Token official, String unit, boolean full) {
        TestHttp.Response list = http().get("/api/v1/declarations/flagged?unit=" + unit + (full ? "&full=true" : ""))
                .bearer(official.token()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    private static JsonNode entry(JsonNode list, long declarationId) {
        for (JsonNode row : list) {
            if (row.path("id").asLong() == declarationId) {
                return row;
            }
        }
        return null;
    }

    @Test
    void aSymptomPutsThePersonOnTheListsOfTheirCommuneAndDistrictWithTheAnswersMasked() {
        TestHttp.Token resident = person("Đinh Thị Sốt");
        long sick = declared(resident, with(with(daily("Đinh Thị Sốt"), "symptoms", List.of("fever", "cough")),
                "idNumber", "070190123456"));
        long healthy = declared(person("Đinh Văn Khỏe"), daily("Đinh Văn Khỏe"));
        TestHttp.Token commune = official(Role.CONTACT_TRACER, COMMUNE);
        TestHttp.Token district = official(Role.QUARANTINE_OFFICER, DISTRICT);

        JsonNode row = entry(flagged(commune, COMMUNE, false), sick);
        assertThat(row).as("on the commune's list").isNotNull();
        assertThat(row.path("symptoms").values()).extracting(JsonNode::asString).containsExactly("fever", "cough");
        assertThat(row.path("name").asString()).isEqualTo("DINH T** S**");
        assertThat(row.path("idNumber").asString()).isEqualTo("********3456");
        assertThat(row.path("phone").asString()).isEqualTo("09******78");
        assertThat(row.path("street").isMissingNode()).as("no street while masked").isTrue();
        assertThat(row.path("place").asString()).isEqualTo("Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước");
        assertThat(row.path("masked").asBoolean()).isTrue();
        assertThat(entry(flagged(district, DISTRICT, false), sick)).as("on the district's list").isNotNull();
        assertThat(entry(flagged(commune, COMMUNE, false), healthy)).as("a healthy declaration is not").isNull();
        assertThat(audited(district.personId())).isZero();

        JsonNode full = entry(flagged(district, DISTRICT, true), sick);
        assertThat(full.path("name").asString()).isEqualTo("Đinh Thị Sốt");
        assertThat(full.path("idNumber").asString()).isEqualTo("070190123456");
        assertThat(full.path("street").asString()).isEqualTo("Số 5 đường Phú Riềng Đỏ");
        var audit = jdbc.sql("select viewer_role, purpose from audit_entry where viewer_id = :v and subject_kind = 'person' "
                        + "and subject_id = :s")
                .param("v", district.personId()).param("s", Long.toString(resident.personId())).query().singleRow();
        assertThat(audit).containsEntry("viewer_role", "QUARANTINE_OFFICER").containsEntry("purpose", "declaration follow-up");
    }

    @Test
    void anExposureAPositiveTestAndADependantsSymptomAreFlaggedToo() {
        TestHttp.Token guardian = person("Mai Văn Giám");
        long child = dependant(guardian, "Mai Bé Ho");
        long exposed = declared(person("Mai Thị Gặp"),
                with(daily("Mai Thị Gặp"), "exposures", List.of("case-contact")));
        long childSick = declared(guardian, with(with(daily("Mai Bé Ho"), "dependantId", child), "symptoms", List.of("cough")));
        var entry = Map.of("borderGate", "Cửa khẩu Hoa Lư", "countries", List.of("KH"), "entryDate", today().toString(),
                "testResult", "POSITIVE");
        long positive = declared(person("Mai Văn Về"), with(with(daily("Mai Văn Về"), "kind", "ENTRY"), "entry", entry));
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        JsonNode list = flagged(tracer, DISTRICT, false);
        assertThat(entry(list, exposed).path("exposures").get(0).asString()).isEqualTo("case-contact");
        assertThat(entry(list, childSick).path("dependantId").asLong()).isEqualTo(child);
        assertThat(entry(list, childSick).path("madeAs").asString()).isEqualTo("GUARDIAN");
        assertThat(entry(list, positive).path("testResult").asString()).isEqualTo("POSITIVE");

        JsonNode status = http().get("/api/v1/me/status").bearer(guardian.token()).send().json();
        assertThat(status.path("dependants").get(0).path("flagged").asBoolean()).isTrue();
    }

    @Test
    void onlyHealthOfficialsOfTheUnitOrAboveSeeTheList() {
        declared(person("Tô Thị Ốm"), with(daily("Tô Thị Ốm"), "symptoms", List.of("fatigue")));
        TestHttp.Token elsewhere = official(Role.CONTACT_TRACER, OTHER_DISTRICT);
        assertProblem(http().get("/api/v1/declarations/flagged?unit=" + DISTRICT).bearer(elsewhere.token()).send(), 403,
                "forbidden");
        assertThat(flagged(elsewhere, OTHER_DISTRICT, false).values()).noneSatisfy(row ->
                assertThat(row.path("unitCode").asString()).isEqualTo(COMMUNE));
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        assertProblem(http().get("/api/v1/declarations/flagged?unit=" + DISTRICT).bearer(admin.token()).send(), 403,
                "forbidden");
        assertProblem(http().get("/api/v1/declarations/flagged?unit=" + COMMUNE).bearer(person("Dân Thường").token())
                .send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/declarations/flagged?unit=" + COMMUNE).send(), 401, "unauthenticated");
    }

    private long audited(long viewerId) {
        return jdbc.sql("select count(*) from audit_entry where viewer_id = :v").param("v", viewerId)
                .query(Long.class).single();
    }
}
