package vn.greenzone.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/**
 * Imports in Tỉnh Lạng Sơn: good CSV, xlsx and JSON files add up the tree (operators added, a unit's own figure
 * never counted twice), bad rows are named line by line and refuse the whole file, files that are no table are
 * refused whole, and nobody imports or reads outside their units.
 */
class AdoptionImportTest extends AdoptionFixtures {

    private static final String PROVINCE = "20";
    private static final String CITY = "178";
    private static final String TRANG_DINH = "180";
    private static final String BINH_GIA = "181";

    @Autowired
    AdoptionFigures figures;

    @Test
    void importedFiguresAddUpTheTreeWithOperatorsAddedAndNoneImportedKeptApartFromZero() throws IOException {
        TestHttp.Token department = admin(PROVINCE);
        List<String> city = communes(CITY, 2);
        String trangDinh = communes(TRANG_DINH, 1).getFirst();
        LocalDate day = today().minusDays(1);

        assertStored(upload(department, PROVINCE, "smartphones", """
                mã đơn vị,ngày,nhà mạng,số smartphone
                %s,%s,Viettel,1.000
                %s,%s,VinaPhone,500
                %s,%s,Viettel,2000
                %s,%s,Viettel,800
                """.formatted(city.get(0), day, city.get(0), day, city.get(1), day, trangDinh, day)), 4);
        // the app's operator sends an xlsx with the date as a spreadsheet date and codes typed as numbers
        assertStored(http().post("/api/v1/units/" + PROVINCE + "/installs").bearer(department.token())
                .bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(List.of(
                        List.of("Unit code", "Date", "Installs"),
                        List.of(Integer.parseInt(city.get(0)), day, 900),
                        List.of(Integer.parseInt(city.get(1)), day, 1500),
                        List.of(Integer.parseInt(trangDinh), day, 400))))
                .send(), 3);
        assertStored(http().post("/api/v1/units/" + PROVINCE + "/residents").bearer(department.token())
                .json(Map.of("rows", List.of(Map.of("unitCode", city.get(0), "value", 6000),
                        Map.of("unitCode", city.get(1), "value", 9000)))).send(), 2);

        Map<String, UnitFigures> measured = figures.measured(day, List.of(city.get(0), CITY, TRANG_DINH, PROVINCE,
                BINH_GIA));
        assertThat(measured.get(city.get(0))).isEqualTo(new UnitFigures(city.get(0), day, 0, 900L, 1500L, 6000L));
        assertThat(measured.get(CITY)).isEqualTo(new UnitFigures(CITY, day, 0, 2400L, 3500L, 15000L));
        assertThat(measured.get(PROVINCE).installs()).isEqualTo(2800L);
        assertThat(measured.get(PROVINCE).smartphones()).isEqualTo(4300L);
        assertThat(measured.get(BINH_GIA)).isEqualTo(new UnitFigures(BINH_GIA, day, 0, null, null, null));

        // A corrected count replaces the earlier one; a district's own figure stands instead of its communes' sum.
        assertStored(upload(department, PROVINCE, "installs", "unit code;date;installs\n%s;%s;1000\n%s;%s;5000\n"
                .formatted(city.get(0), day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        TRANG_DINH, day)), 2);
        measured = figures.measured(day, List.of(CITY, TRANG_DINH, PROVINCE));
        assertThat(measured.get(CITY).installs()).isEqualTo(2500L);
        assertThat(measured.get(TRANG_DINH).installs()).isEqualTo(5000L);
        assertThat(measured.get(PROVINCE).installs()).isEqualTo(7500L);

        JsonNode dashboard = http().get("/api/v1/units/" + PROVINCE + "/adoption?from=" + day.minusDays(3) + "&to=" + day)
                .bearer(department.token()).send().json();
        assertThat(dashboard.path("figures").path("installs").asLong()).isEqualTo(7500);
        assertThat(dashboard.path("trend")).hasSize(1);
        // Bình Gia has nothing imported: it is ranked first, as the one to chase
        assertThat(dashboard.path("children").get(0).path("unit").path("code").asString()).isNotIn(CITY, TRANG_DINH);

        // the morning publication freezes the districts' figures; the public reads them signed out
        TestHttp.Response published = http().post("/api/v1/units/" + PROVINCE + "/adoption/publication")
                .bearer(department.token()).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().path("day").asString()).isEqualTo(day.toString());
        JsonNode publicFigures = http().get("/api/v1/units/" + PROVINCE + "/adoption/published").send().json();
        assertThat(publicFigures.path("total").path("installs").asLong()).isEqualTo(7500);
        String page = http().get("/units/" + CITY + "/adoption").html().send().body();
        assertThat(page).contains("Thành phố Lạng Sơn").as("grouped the Vietnamese way").contains(">2.500<").contains("71.4\u00a0%");
    }

    @Test
    void rowsAtFaultAreNamedLineByLineInBothLanguagesAndNothingOfTheFileIsStored() {
        TestHttp.Token department = admin(PROVINCE);
        List<String> binhGia = communes(BINH_GIA, 2);
        LocalDate day = today().minusDays(2);
        String file = """
                Mã đơn vị,Ngày,Số cài đặt
                %s,%s,120
                99999,%s,10
                %s,%s,-5
                %s,%s,120
                00004,%s,7
                %s,%s,12
                %s,hôm qua,abc
                """.formatted(binhGia.get(0), day, day, binhGia.get(1), day, binhGia.get(0), day, day, binhGia.get(1),
                today().plusDays(1), binhGia.get(1));
        JsonNode refused = assertProblem(http().post("/api/v1/units/" + PROVINCE + "/installs")
                .bearer(department.token()).language("en").raw(CSV, file).send(), 400, "adoption.rows-refused");
        assertThat(refused.path("detail").asString()).isEqualTo("The file was not stored: 6 rows are wrong (see each row).");
        assertThat(refused.path("rows").valueStream().map(row -> row.path("line").asInt() + " " + row.path("code")
                .asString()).toList()).containsExactly("3 adoption.row.unit-unknown", "4 adoption.row.number-negative",
                        "5 adoption.row.duplicate", "6 adoption.row.unit-outside", "7 adoption.row.day-future",
                        "8 adoption.row.day-invalid", "8 adoption.row.number-invalid");
        assertThat(refused.path("rows").get(2).path("detail").asString()).isEqualTo("same as line 2");
        JsonNode vietnamese = assertProblem(http().post("/api/v1/units/" + PROVINCE + "/installs")
                .bearer(department.token()).language("vi").raw(CSV, file).send(), 400, "adoption.rows-refused");
        assertThat(vietnamese.path("rows").get(0).path("detail").asString()).isEqualTo("không có đơn vị mã \"99999\"");
        assertThat(jdbc.sql("select count(*) from adoption_installs where unit_code in (:a, :b)")
                .param("a", binhGia.get(0)).param("b", binhGia.get(1)).query(Long.class).single()).isZero();

        assertProblem(http().post("/api/v1/units/" + PROVINCE + "/installs").bearer(department.token())
                .bytes("application/octet-stream", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).send(), 400,
                "adoption.import-unreadable");
        JsonNode columns = assertProblem(upload(department, PROVINCE, "smartphones", "mã đơn vị,ngày,số smartphone\n"
                + binhGia.get(0) + "," + day + ",100\n"), 400, "adoption.import-columns");
        assertThat(columns.path("detail").asString()).contains("nhà mạng");
        assertProblem(upload(department, PROVINCE, "installs", "mã đơn vị,ngày,số cài đặt\n"), 400,
                "adoption.import-empty");
        assertProblem(http().post("/api/v1/units/" + PROVINCE + "/installs").bearer(department.token())
                .raw(CSV, "").send(), 400, "adoption.import-empty");
        assertThat(jdbc.sql("select count(*) from adoption_smartphones where unit_code = :a")
                .param("a", binhGia.get(0)).query(Long.class).single()).isZero();
    }

    @Test
    void nobodyImportsOrReadsOutsideTheirUnits() {
        TestHttp.Token trangDinh = admin(TRANG_DINH);
        String cityCommune = communes(CITY, 1).getFirst();
        String csv = "unit code,date,installs\n" + cityCommune + "," + today() + ",10\n";
        assertProblem(upload(trangDinh, CITY, "installs", csv), 403, "forbidden");
        assertProblem(upload(trangDinh, TRANG_DINH, "installs", csv), 400, "adoption.rows-refused");
        assertProblem(http().get("/api/v1/units/" + CITY + "/adoption").bearer(trangDinh.token()).send(), 403,
                "forbidden");
        assertProblem(http().get("/api/v1/units/" + CITY + "/adoption").send(), 401, "unauthenticated");
        assertProblem(http().post("/api/v1/units/" + CITY + "/installs").raw(CSV, csv).send(), 401, "unauthenticated");
        assertProblem(http().get("/api/v1/units/" + TRANG_DINH + "/adoption?from=" + today() + "&to="
                + today().minusDays(1)).bearer(trangDinh.token()).send(), 400, "adoption.period-invalid");
        assertProblem(http().get("/api/v1/units/" + TRANG_DINH + "/adoption?from=yesterday").bearer(trangDinh.token())
                .send(), 400, "invalid-parameter");
        assertProblem(http().post("/api/v1/units/" + TRANG_DINH + "/adoption/publication").bearer(trangDinh.token())
                .send(), 400, "adoption.publish-province");
        assertProblem(http().get("/api/v1/units/99999/adoption").bearer(trangDinh.token()).send(), 404,
                "unit.not-found");
    }

    @Test
    void theImportsTargetsDashboardAndPublicationAreInTheOpenApiDocument() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        assertThat(List.of("/api/v1/units/{code}/{kind}", "/api/v1/units/{code}/adoption",
                "/api/v1/units/{code}/adoption/target", "/api/v1/units/{code}/adoption/publication",
                "/api/v1/units/{code}/adoption/published")).allMatch(paths::has);
        assertThat(paths.path("/api/v1/units/{code}/{kind}").path("post").path("description").asString())
                .contains("smartphones").contains("adoption.rows-refused");
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Installs");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("dd/mm/yyyy").set();
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
