package vn.greenzone.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.OptOuts;

/** Registering organisations, uploading rosters good and bad, coverage, masking and audit, reminders, targets. */
class OrganisationApiTest extends OrganisationFixtures {

    @Autowired
    private OptOuts optOuts;

    @Test
    void aRosterCountsWhoIsRegisteredAndWhoDeclaredAndListsTheOthersMasked() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        Headed schoolOf = headed(admin, "Trường THPT Phú Riềng " + System.nanoTime(), "SCHOOL", COMMUNE);
        long school = schoolOf.id();
        TestHttp.Token head = schoolOf.head();

        String teacher1 = TestHttp.randomPhone();
        String teacher2 = TestHttp.randomPhone();
        String student1 = TestHttp.randomPhone();
        String student2 = TestHttp.randomPhone();
        registered(teacher1);
        registered(student1);
        TestHttp.Token declaring = http().signInApi(teacher2);
        var declaration = new HashMap<String, Object>(Map.of("kind", "DAILY", "fullName", "Lê Thị Giáo",
                "birthYear", 1985, "gender", "FEMALE", "nationality", "VN", "unitCode", COMMUNE,
                "street", "Thôn 3", "phone", teacher2, "symptoms", List.of(), "exposures", List.of()));
        TestHttp.Response declared = http().post("/api/v1/declarations").bearer(declaring.token()).json(declaration).send();
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);

        TestHttp.Response uploaded = upload(head, school, roster(List.of(
                "Nguyễn Văn An," + teacher1 + ",Giáo viên",
                "Lê Thị Giáo," + teacher2 + ",teacher",
                "Trần Học Sinh," + student1 + ",Học sinh THPT",
                "\"Phạm, Thị Bé\"," + student2 + ",HIGH_SCHOOL_STUDENT")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().path("accepted").asInt()).isEqualTo(4);
        assertThat(uploaded.json().path("registered").asLong()).isEqualTo(3);
        assertThat(uploaded.json().path("declared").asLong()).isEqualTo(1);

        JsonNode detail = http().get("/api/v1/organisations/" + school).bearer(head.token()).send().json();
        assertThat(detail.path("head").asBoolean()).isTrue();
        assertThat(detail.path("organisation").path("rosterSize").asLong()).isEqualTo(4);
        Map<String, JsonNode> groups = new HashMap<>();
        detail.path("groups").forEach(g -> groups.put(g.path("group").asString(), g));
        assertThat(groups.keySet()).containsExactlyInAnyOrder("TEACHER", "HIGH_SCHOOL_STUDENT");
        assertThat(groups.get("TEACHER").path("registered").asLong()).isEqualTo(2);
        assertThat(groups.get("TEACHER").path("target").asInt()).isEqualTo(100);
        assertThat(groups.get("TEACHER").path("belowTarget").asBoolean()).isFalse();
        assertThat(groups.get("HIGH_SCHOOL_STUDENT").path("belowTarget").asBoolean()).isTrue();

        JsonNode unregistered = http().get("/api/v1/organisations/" + school + "/members").bearer(head.token()).send()
                .json();
        assertThat(unregistered.path("total").asLong()).isEqualTo(1);
        JsonNode member = unregistered.path("members").get(0);
        assertThat(member.path("line").asInt()).isEqualTo(5);
        assertThat(member.path("phone").asString()).isEqualTo(student2.substring(0, 2) + "******" + student2.substring(8));
        assertThat(member.path("name").asString()).isEqualTo("PHAM, T** B*");
        JsonNode undeclared = http().get("/api/v1/organisations/" + school + "/members?filter=UNDECLARED")
                .bearer(head.token()).send().json();
        assertThat(undeclared.path("total").asLong()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v").param("v", head.personId())
                .query(Long.class).single()).as("a masked list is not audited").isZero();

        // The organisation directory other modules read has the same counts.
        assertThat(http().get("/api/v1/organisations?unit=" + DISTRICT).bearer(admin.token()).send().json()
                .findValues("id").stream().map(JsonNode::asLong).toList()).contains(school);
    }

    @Test
    void aFullViewShowsNumbersToTheHeadAndAdministratorsAboveAndIsAuditedWhileOthersGet403() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        Headed agencyOf = headed(admin, "UBND xã Long Bình " + System.nanoTime(), "AGENCY", COMMUNE);
        long agency = agencyOf.id();
        TestHttp.Token head = agencyOf.head();
        String a = TestHttp.randomPhone();
        String b = TestHttp.randomPhone();
        assertThat(upload(head, agency, roster(List.of("Võ Công Chức," + a + ",Cán bộ công chức",
                "Đỗ Viên Chức," + b + ",Viên chức"))).status()).isEqualTo(200);

        JsonNode full = http().get("/api/v1/organisations/" + agency + "/members?full=true").bearer(head.token()).send()
                .json();
        assertThat(full.findValues("phone").stream().map(JsonNode::asString).toList()).containsExactly(a, b);
        assertThat(full.findValues("name").stream().map(JsonNode::asString).toList())
                .containsExactly("Võ Công Chức", "Đỗ Viên Chức");
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v and viewer_role = 'ORGANISATION_HEAD' "
                + "and subject_kind = 'roster-member'").param("v", head.personId()).query(Long.class).single())
                .isEqualTo(2);

        TestHttp.Token province = official(Role.UNIT_ADMIN, PROVINCE);
        assertThat(http().get("/api/v1/organisations/" + agency + "/members?full=true").bearer(province.token()).send()
                .status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where viewer_id = :v and viewer_role = 'UNIT_ADMIN'")
                .param("v", province.personId()).query(Long.class).single()).isEqualTo(2);

        TestHttp.Token citizen = http().signInApi(TestHttp.randomPhone());
        TestHttp.Token elsewhere = official(Role.UNIT_ADMIN, OTHER_DISTRICT);
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        for (TestHttp.Token stranger : List.of(citizen, elsewhere, tracer)) {
            assertProblem(http().get("/api/v1/organisations/" + agency).bearer(stranger.token()).send(), 403, "forbidden");
            assertProblem(http().get("/api/v1/organisations/" + agency + "/members").bearer(stranger.token()).send(),
                    403, "forbidden");
            assertProblem(http().get("/api/v1/organisations/" + agency + "/roster.xlsx").bearer(stranger.token()).send(),
                    403, "forbidden");
            assertProblem(upload(stranger, agency, roster(List.of("X," + a + ",Khác"))), 403, "forbidden");
            assertProblem(http().post("/api/v1/organisations/" + agency + "/reminders").bearer(stranger.token()).send(),
                    403, "forbidden");
        }
        assertProblem(http().get("/api/v1/organisations/" + agency).send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/organisations/999999999").bearer(head.token()).send(), 404,
                "organisation.not-found");
        assertProblem(http().post("/api/v1/organisations").bearer(citizen.token())
                .json(fields("Công ty X", "ENTERPRISE", COMMUNE, a)).send(), 403, "forbidden");
        assertThat(http().get("/api/v1/organisations/" + agency + "/members").bearer(province.token()).send().status())
                .isEqualTo(200);
    }

    @Test
    void aRosterWithBadRowsIsRefusedWithEveryRowNamedAndStoresNothingWhileAGoodOneReplacesTheOldWhole() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        Headed companyOf = headed(admin, "Công ty Cao su Phú Riềng " + System.nanoTime(), "ENTERPRISE", OTHER_COMMUNE);
        long company = companyOf.id();
        TestHttp.Token head = companyOf.head();
        String kept1 = TestHttp.randomPhone();
        String kept2 = TestHttp.randomPhone();
        assertThat(upload(head, company, roster(List.of("Công Nhân Một," + kept1 + ",Công nhân",
                "Công Nhân Hai," + kept2 + ",Công nhân", "Công Nhân Ba," + TestHttp.randomPhone() + ",Công nhân")))
                .status()).isEqualTo(200);

        String repeated = TestHttp.randomPhone();
        TestHttp.Response refused = http().post("/api/v1/organisations/" + company + "/roster").bearer(head.token())
                .language("en").bytes("text/csv", roster(List.of(
                        "Người Tốt," + TestHttp.randomPhone() + ",Công nhân",
                        "Số Sai,12345,Công nhân",
                        "Nhóm Lạ," + TestHttp.randomPhone() + ",Phi hành gia",
                        "Trùng Một," + repeated + ",Công nhân",
                        "Trùng Hai," + repeated + ",Công nhân",
                        "," + TestHttp.randomPhone() + ",Công nhân")).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .send();
        JsonNode problem = assertProblem(refused, 422, "organisation.roster-refused");
        assertThat(problem.path("refusedRows").asInt()).isEqualTo(4);
        List<String> rows = new ArrayList<>();
        problem.path("rows").forEach(row -> rows.add(row.path("line").asInt() + " " + row.path("code").asString()));
        assertThat(rows).containsExactly("3 organisation.row-phone", "4 organisation.row-group",
                "6 organisation.row-duplicate", "7 organisation.row-name");
        assertThat(problem.path("rows").get(0).path("reason").asString())
                .isEqualTo("phone \"12345\" is not a Vietnamese mobile number");
        assertThat(problem.path("rows").get(2).path("reason").asString()).isEqualTo("the phone number repeats row 5");
        assertThat(problem.path("detail").asString()).contains("4 rows at fault").contains("nothing was stored");
        assertThat(phones(company)).as("the refused file changed nothing").hasSize(3).contains(kept1, kept2);

        assertProblem(upload(head, company, "Tên,Địa chỉ\nA,B\n"), 400, "organisation.roster-columns");
        assertProblem(http().post("/api/v1/organisations/" + company + "/roster").bearer(head.token())
                .bytes("application/octet-stream", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).send(), 400,
                "organisation.roster-unreadable");
        assertProblem(http().post("/api/v1/organisations/" + company + "/roster").bearer(head.token())
                .bytes("application/octet-stream", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6}).send(), 400,
                "organisation.roster-unreadable");
        assertProblem(upload(head, company, "Họ tên,Số điện thoại,Nhóm\n"), 400, "organisation.roster-empty");
        assertThat(phones(company)).hasSize(3);

        String newcomer = TestHttp.randomPhone();
        assertThat(upload(head, company, roster(List.of("Công Nhân Hai," + kept2 + ",Công nhân",
                "Người Mới," + newcomer + ",Khác"))).status()).isEqualTo(200);
        assertThat(phones(company)).containsExactlyInAnyOrder(kept2, newcomer);
        assertThat(http().get("/api/v1/organisations/" + company).bearer(head.token()).send().json()
                .path("organisation").path("rosterSize").asLong()).isEqualTo(2);
    }

    @Test
    void anXlsxRosterIsReadWithNumbersAsTypedAndTheCoverageDownloadsAsXlsxMasked() throws IOException {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        Headed clinicOf = headed(admin, "Trạm Y tế xã Bình Tân " + System.nanoTime(), "HEALTH_FACILITY", OTHER_COMMUNE);
        long clinic = clinicOf.id();
        TestHttp.Token head = clinicOf.head();
        String nurse = TestHttp.randomPhone();
        String doctor = TestHttp.randomPhone();
        registered(doctor);
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("Danh sách");
        sheet.value(0, 0, "Nhóm");
        sheet.value(0, 1, "Họ và tên");
        sheet.value(0, 2, "SĐT");
        sheet.value(1, 0, "Nhân viên y tế");
        sheet.value(1, 1, "Y Tá Hoa");
        sheet.value(1, 2, Long.parseLong(nurse.substring(1))); // a number cell: the leading zero is lost
        sheet.value(2, 0, "Nhân viên y tế");
        sheet.value(2, 1, "Bác Sĩ Minh");
        sheet.value(2, 2, doctor);
        workbook.finish();
        TestHttp.Response uploaded = http().post("/api/v1/organisations/" + clinic + "/roster").bearer(head.token())
                .bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()).send();
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(phones(clinic)).containsExactlyInAnyOrder(nurse, doctor);

        List<List<String>> rows = sheet("/api/v1/organisations/" + clinic + "/roster.xlsx", head);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("2", "Y T* H**", nurse.substring(0, 2) + "******" + nurse.substring(8),
                "Nhân viên y tế", "Không", "Không");
        assertThat(rows.get(2).get(4)).isEqualTo("Có");
    }

    @Test
    void remindersGoOnceADayToThoseNotDeclaredAndNeverToANumberThatOptedOut() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        String name = "Trường THCS Long Hưng " + System.nanoTime();
        Headed schoolOf = headed(admin, name, "SCHOOL", COMMUNE);
        long school = schoolOf.id();
        TestHttp.Token head = schoolOf.head();
        String pupil = TestHttp.randomPhone();
        String teacher = TestHttp.randomPhone();
        String optedOut = TestHttp.randomPhone();
        registered(teacher);
        optOuts.optOut(TestHttp.international(optedOut), OptOuts.Via.KEYWORD);
        assertThat(upload(head, school, roster(List.of("Em Học Sinh," + pupil + ",Học sinh THCS",
                "Cô Giáo," + teacher + ",Giáo viên", "Không Nhận Tin," + optedOut + ",Giáo viên"))).status())
                .isEqualTo(200);

        JsonNode first = http().post("/api/v1/organisations/" + school + "/reminders").bearer(head.token()).send().json();
        assertThat(first.path("sent").asInt()).isEqualTo(2);
        assertThat(first.path("optedOut").asInt()).isEqualTo(1);
        assertThat(http().latestSms(pupil)).startsWith(vn.greenzone.platform.VietnameseText.fold(name))
                .contains("/login").contains("TU CHOI");
        assertThat(http().latestSms(teacher)).contains("khai bao y te");
        assertThat(jdbc.sql("select count(*) from sms_outbox where recipient = :to").param("to",
                TestHttp.international(optedOut)).query(Long.class).single()).isZero();

        JsonNode second = http().post("/api/v1/organisations/" + school + "/reminders").bearer(head.token()).send()
                .json();
        assertThat(second.path("sent").asInt()).isZero();
        assertThat(second.path("alreadyToday").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from sms_outbox where recipient = :to").param("to",
                TestHttp.international(pupil)).query(Long.class).single()).isEqualTo(1);
        http().post("/api/v1/organisations/" + school + "/reminders").bearer(head.token()).send();
        assertProblem(http().post("/api/v1/organisations/" + school + "/reminders").bearer(head.token()).send(), 429,
                "organisation.reminders-too-often");
    }

    @Test
    void aDistrictsTargetIsInheritedByItsCommunesAndOrganisationsBelowItAreListed() throws IOException {
        TestHttp.Token district = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token commune = official(Role.UNIT_ADMIN, COMMUNE);
        String factoryName = "Nhà máy Chế biến Hạt điều " + System.nanoTime();
        Headed factoryOf = headed(district, factoryName, "ENTERPRISE", COMMUNE);
        long factory = factoryOf.id();
        TestHttp.Token head = factoryOf.head();
        var lines = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            String phone = TestHttp.randomPhone();
            if (i < 7) {
                registered(phone);
            }
            lines.add("Công Nhân " + i + "," + phone + ",Công nhân");
        }
        assertThat(upload(head, factory, roster(lines)).status()).isEqualTo(200);

        // 7 of 10 industrial workers: below the default 80%.
        assertThat(belowTarget(district, DISTRICT)).contains(factory + " INDUSTRIAL_WORKER 70/80");
        assertThat(belowTarget(district, DISTRICT + "?limit=1000")).contains(factory + " INDUSTRIAL_WORKER 70/80");
        List<List<String>> below = sheet("/api/v1/units/" + DISTRICT + "/organisations-below-target.xlsx", district);
        assertThat(below.getFirst()).startsWith("Tổ chức / Organisation", "Mã đơn vị / Unit code", "Nhóm / Group");
        assertThat(below).anySatisfy(row -> assertThat(row).containsExactly(factoryName, COMMUNE, "Công nhân", "10", "7", "70", "80"));
        assertProblem(http().get("/api/v1/units/" + DISTRICT + "/organisations-below-target.xlsx").bearer(head.token())
                .send(), 403, "forbidden");

        TestHttp.Response set = http().put("/api/v1/units/" + DISTRICT + "/organisation-targets/INDUSTRIAL_WORKER")
                .bearer(district.token()).json(Map.of("percent", 60)).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode inCommune = http().get("/api/v1/units/" + COMMUNE + "/organisation-targets").bearer(commune.token())
                .send().json();
        JsonNode worker = target(inCommune, "INDUSTRIAL_WORKER");
        assertThat(worker.path("percent").asInt()).isEqualTo(60);
        assertThat(worker.path("setInUnit").asString()).isEqualTo(DISTRICT);
        assertThat(worker.path("own").asBoolean()).isFalse();
        assertThat(target(inCommune, "LOWER_SECONDARY_STUDENT").path("percent").asInt()).isEqualTo(30);
        assertThat(belowTarget(district, DISTRICT)).noneMatch(row -> row.startsWith(factory + " "));

        // The commune asks more of its own organisations than the district does.
        assertThat(http().put("/api/v1/units/" + COMMUNE + "/organisation-targets/INDUSTRIAL_WORKER")
                .bearer(commune.token()).json(Map.of("percent", 90)).send().status()).isEqualTo(200);
        assertThat(belowTarget(district, DISTRICT)).contains(factory + " INDUSTRIAL_WORKER 70/90");

        assertProblem(http().put("/api/v1/units/" + DISTRICT + "/organisation-targets/TEACHER").bearer(district.token())
                .json(Map.of("percent", 150)).send(), 400, "organisation.target-invalid");
        assertProblem(http().put("/api/v1/units/" + DISTRICT + "/organisation-targets/TEACHER").bearer(commune.token())
                .json(Map.of("percent", 50)).send(), 403, "forbidden");
        assertProblem(http().put("/api/v1/units/" + DISTRICT + "/organisation-targets/TEACHER").bearer(head.token())
                .json(Map.of("percent", 50)).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/units/" + COMMUNE + "/organisation-targets").send(), 401, "unauthenticated");
        var clear = new HashMap<String, Object>();
        clear.put("percent", null);
        http().put("/api/v1/units/" + COMMUNE + "/organisation-targets/INDUSTRIAL_WORKER").bearer(commune.token())
                .json(clear).send();
        http().put("/api/v1/units/" + DISTRICT + "/organisation-targets/INDUSTRIAL_WORKER").bearer(district.token())
                .json(clear).send();
        assertThat(target(http().get("/api/v1/units/" + COMMUNE + "/organisation-targets").bearer(commune.token())
                .send().json(), "INDUSTRIAL_WORKER").path("percent").asInt()).isEqualTo(80);
    }

    /** An organisation and its head, signed in. */
    private record Headed(long id, TestHttp.Token head) {
    }

    private Headed headed(TestHttp.Token admin, String name, String kind, String unit) {
        String headPhone = TestHttp.randomPhone();
        long id = register(admin, name, kind, unit, headPhone);
        return new Headed(id, http().signInApi(headPhone));
    }

    private List<List<String>> sheet(String path, TestHttp.Token token) throws IOException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
            var rows = new ArrayList<List<String>>();
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
                for (Row row : workbook.getFirstSheet().read()) {
                    var cells = new ArrayList<String>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCellText(i));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private List<String> belowTarget(TestHttp.Token admin, String unitAndQuery) {
        TestHttp.Response response = http().get("/api/v1/units/" + unitAndQuery.replaceFirst("\\?|$",
                "/organisations-below-target$0")).bearer(admin.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var rows = new ArrayList<String>();
        response.json().forEach(row -> rows.add(row.path("organisationId").asLong() + " " + row.path("group").asString()
                + " " + row.path("percent").asInt() + "/" + row.path("target").asInt()));
        return rows;
    }

    private static JsonNode target(JsonNode targets, String group) {
        for (JsonNode target : targets) {
            if (target.path("group").asString().equals(group)) {
                return target;
            }
        }
        throw new AssertionError("no target for " + group);
    }

    private List<String> phones(long organisation) {
        return jdbc.sql("select '0' || substr(phone, 4) from roster_member where organisation_id = :id")
                .param("id", organisation).query(String.class).list();
    }
}
