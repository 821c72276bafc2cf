package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * A privileged checkpoint's staff declare travel or entry for a traveller named by their personal QR or
 * phone; the declaration is kept as made by checkpoint staff, at the checkpoint.
 */
class CheckpointDeclarationTest extends DeclarationFixtures {

    /** A checkpoint a health official of its district has made privileged. */
    private TestVenue checkpoint(String category) {
        TestVenue venue = venue(category);
        TestHttp.Response granted = http().post("/api/v1/venues/" + venue.id() + "/privilege")
                .bearer(official(Role.CONTACT_TRACER, DISTRICT).token()).send();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        return venue;
    }

    private static Map<String, Object> entry(String name) {
        return with(with(daily(name), "kind", "ENTRY"), "entry", Map.of("borderGate", "Cửa khẩu quốc tế Hoa Lư",
                "countries", List.of("KH"), "entryDate", today().toString(), "testResult", "NEGATIVE"));
    }

    private TestHttp.Response declareAt(TestVenue venue, TestHttp.Token staff, Map<String, Object> request) {
        return http().post("/api/v1/venues/" + venue.id() + "/declarations").bearer(staff.token()).json(request).send();
    }

    @Test
    void staffDeclareForATravellerByTheirCodeTheirChildsCodeOrANewPhone() {
        TestVenue gate = checkpoint("CHECKPOINT");
        TestHttp.Token traveller = person("Hà Văn Về");
        TestHttp.Response answer = declareAt(gate, gate.owner(), Map.of("qr", personalQr(traveller),
                "declaration", entry("Hà Văn Về")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("madeAs").asString()).isEqualTo("CHECKPOINT_STAFF");
        var row = jdbc.sql("select person_id, made_by, made_as, venue_id, kind from declaration where id = :id")
                .param("id", answer.json().path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("person_id", traveller.personId()).containsEntry("made_by", gate.owner().personId())
                .containsEntry("made_as", "CHECKPOINT_STAFF").containsEntry("venue_id", gate.id())
                .containsEntry("kind", "ENTRY");
        assertThat(http().get("/api/v1/me/status").bearer(traveller.token()).send().json().path("declared").asBoolean())
                .isTrue();

        long child = dependant(traveller, "Hà Bé Về");
        String childQr = http().get("/api/v1/me/qr?dependant=" + child).bearer(traveller.token()).send().json()
                .path("text").asString();
        TestHttp.Response forChild = declareAt(gate, gate.owner(), Map.of("qr", childQr, "declaration", entry("Hà Bé Về")));
        assertThat(forChild.json().path("dependantId").asLong()).as(forChild.toString()).isEqualTo(child);

        String newcomer = TestHttp.randomPhone();
        TestHttp.Response byPhone = declareAt(gate, gate.owner(), Map.of("phone", newcomer, "declaration",
                with(entry("Trương Thị Mới"), "gender", "FEMALE")));
        assertThat(byPhone.status()).as(byPhone.toString()).isEqualTo(201);
        var person = jdbc.sql("select id, full_name, gender from person where phone = :phone")
                .param("phone", TestHttp.international(newcomer)).query().singleRow();
        assertThat(person).containsEntry("full_name", "Trương Thị Mới").containsEntry("gender", "FEMALE")
                .containsEntry("id", byPhone.json().path("personId").asLong());
    }

    @Test
    void onlyStaffOfAPrivilegedCheckpointDeclareTravelOrEntryForANamedTraveller() {
        TestVenue gate = checkpoint("CHECKPOINT");
        TestVenue plain = venue("CHECKPOINT");
        TestVenue hospital = checkpoint("HOSPITAL");
        TestHttp.Token traveller = person("Lữ Khách");
        var request = Map.<String, Object>of("qr", personalQr(traveller), "declaration", entry("Lữ Khách"));
        assertProblem(declareAt(plain, plain.owner(), request), 403, "declaration.checkpoint-only");
        assertProblem(declareAt(hospital, hospital.owner(), request), 403, "declaration.checkpoint-only");
        assertProblem(declareAt(gate, person("Người Ngoài"), request), 403, "forbidden");
        assertProblem(declareAt(gate, gate.owner(), Map.of("qr", personalQr(traveller), "declaration",
                daily("Lữ Khách"))), 400, "declaration.checkpoint-kind");
        assertProblem(declareAt(gate, gate.owner(), Map.of("declaration", entry("Lữ Khách"))), 400,
                "declaration.traveller-required");
        assertProblem(declareAt(gate, gate.owner(), Map.of("qr", randomIdNumber() + "|KHACH LA|1980-01-01|0|X-1|",
                "declaration", entry("Khách Lạ"))), 400, "declaration.traveller-unknown");
        assertProblem(declareAt(gate, gate.owner(), Map.of("qr", "not a code", "declaration", entry("Lữ Khách"))), 400,
                "qr.malformed");
        String newcomer = TestHttp.randomPhone();
        assertProblem(declareAt(gate, gate.owner(), Map.of("phone", newcomer, "declaration",
                with(entry("Người Mới"), "nationality", "XX"))), 400, "declaration.country-unknown");
        assertThat(jdbc.sql("select count(*) from person where phone = :phone")
                .param("phone", TestHttp.international(newcomer)).query(Long.class).single())
                .as("an invalid declaration registers nobody").isZero();
        assertThat(declarationsAbout("person_id", traveller.personId())).isZero();
    }

    @Test
    void thePagesIdentifyTheTravellerFromTheirCodeAndKeepThemThroughTheForm() {
        TestVenue gate = checkpoint("CHECKPOINT");
        TestHttp.Token traveller = person("Châu Văn Qua");
        TestHttp.Browser desk = http().signInBrowser(http().nationalPhone(gate.owner().personId()));
        TestHttp.Response start = http().get("/venues/" + gate.id() + "/declare").session(desk.session()).html().send();
        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        assertThat(start.body()).contains("id=\"scan-form\"").contains("Khai báo hộ hành khách");
        TestHttp.Response form = http().post("/venues/" + gate.id() + "/declare/traveller").session(desk.session()).html()
                .form(Map.of("_csrf", start.csrfToken(), "kind", "ENTRY", "qr", personalQr(traveller))).send();
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"CHAU VAN QUA\"").contains("value=\"1990\"").contains("id=\"entry\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v and purpose = 'checkpoint declaration' "
                        + "and subject_id = :s").param("v", gate.owner().personId())
                .param("s", Long.toString(traveller.personId())).query(Long.class).single()).isEqualTo(1);
        Matcher token = Pattern.compile("name=\"traveller\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();

        var fields = new HashMap<String, String>(Map.of("_csrf", form.csrfToken(), "kind", "ENTRY", "traveller",
                token.group(1), "fullName", "Châu Văn Qua", "birthYear", "1990", "gender", "MALE", "nationality", "VN",
                "unitCode", COMMUNE, "street", "Khách sạn Đồng Xoài", "phone", "0912345678"));
        fields.putAll(Map.of("borderGate", "Hoa Lư", "entryCountries", "KH", "entryDate", today().toString(),
                "testResult", "PENDING"));
        var forged = new HashMap<>(fields);
        forged.put("traveller", token.group(1).replaceFirst("^p\\d+", "p1"));
        TestHttp.Response refused = http().post("/venues/" + gate.id() + "/declare").session(desk.session()).html()
                .form(forged).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Phiên khai báo hộ đã hết hạn hoặc không hợp lệ").contains("value=\"Hoa Lư\"");

        TestHttp.Response sent = http().post("/venues/" + gate.id() + "/declare").session(desk.session()).html()
                .form(fields).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/declare?declared");
        assertThat(declarationsAbout("person_id", traveller.personId())).isEqualTo(1);

        TestHttp.Browser other = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/venues/" + gate.id() + "/declare").session(other.session()).html().send().status())
                .isEqualTo(403);
    }
}
