package vn.greenzone.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp.Response;

/** Finding administrative units by name typed without Vietnamese diacritics, and the official counts. */
class UnitSearchTest extends IntegrationTest {

    private static final String BINH_PHUOC = "70";
    private static final String DONG_XOAI = "689";

    /** What someone without a Vietnamese keyboard types: no marks, đ as d, lower case. */
    static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    private List<JsonNode> units(String path) {
        Response response = http().get(path).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return List.copyOf(response.json().values());
    }

    private List<JsonNode> search(String query, String within, int limit) {
        String path = "/api/v1/units?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=" + limit
                + (within == null ? "" : "&within=" + within);
        return units(path);
    }

    private static List<String> codes(List<JsonNode> units) {
        return units.stream().map(unit -> unit.path("code").asString()).toList();
    }

    @Test
    void theFoldHelperFoldsLikeAPersonTypes() {
        assertThat(fold("Thành phố Đồng Xoài")).isEqualTo("thanh pho dong xoai");
        assertThat(fold("Tỉnh Bình Phước")).isEqualTo("tinh binh phuoc");
        assertThat(fold("Phường Tân Phú")).isEqualTo("phuong tan phu");
    }

    @Test
    void everyCommuneOfBinhPhuocIsFoundByItsNameWithoutDiacritics() {
        List<JsonNode> districts = units("/api/v1/units/" + BINH_PHUOC + "/children");
        assertThat(districts).isNotEmpty();
        List<String> misses = new ArrayList<>();
        int communes = 0;
        for (JsonNode district : districts) {
            assertThat(district.path("level").asInt()).isEqualTo(2);
            assertThat(district.path("parentCode").asString()).isEqualTo(BINH_PHUOC);
            String districtName = district.path("name").asString();
            for (JsonNode commune : units("/api/v1/units/" + district.path("code").asString() + "/children")) {
                communes++;
                String code = commune.path("code").asString();
                String name = commune.path("name").asString();
                assertThat(commune.path("level").asInt()).as(name).isEqualTo(3);

                List<String> within = codes(search(fold(name), BINH_PHUOC, 100));
                if (!within.contains(code)) {
                    misses.add("\"%s\" within=70 did not find %s %s".formatted(fold(name), code, name));
                }
                String withDistrict = fold(name) + " " + fold(districtName);
                List<String> anywhere = codes(search(withDistrict, null, 100));
                if (!anywhere.contains(code)) {
                    misses.add("\"%s\" did not find %s %s".formatted(withDistrict, code, name));
                }
            }
        }
        long expected = jdbc.sql("""
                        select count(*) from geo_unit c join geo_unit d on c.parent_code = d.code
                        where c.level = 3 and d.parent_code = :province""")
                .param("province", BINH_PHUOC).query(Long.class).single();
        assertThat(communes).as("communes walked").isEqualTo(expected).isGreaterThan(100);
        assertThat(misses).as(String.join("\n", misses)).isEmpty();
    }

    @Test
    void binhPhuocFindsTheProvinceFirst() {
        List<JsonNode> results = search("binh phuoc", null, 20);
        assertThat(results).isNotEmpty();
        assertThat(results.getFirst().path("code").asString()).isEqualTo(BINH_PHUOC);
        assertThat(results.getFirst().path("name").asString()).isEqualTo("Tỉnh Bình Phước");
        assertThat(results.getFirst().path("level").asInt()).isEqualTo(1);
        // Typed with diacritics, or in capitals, it is the same search.
        assertThat(codes(search("Bình Phước", null, 20)).getFirst()).isEqualTo(BINH_PHUOC);
        assertThat(codes(search("BINH PHUOC", null, 20)).getFirst()).isEqualTo(BINH_PHUOC);
    }

    @Test
    void dongXoaiFindsTheCityAndEveryOneOfItsWards() {
        List<String> wards = codes(units("/api/v1/units/" + DONG_XOAI + "/children"));
        assertThat(wards).isNotEmpty().contains("25195");
        List<String> found = codes(search("dong xoai", null, 100));
        assertThat(found.getFirst()).isEqualTo(DONG_XOAI);
        assertThat(found).containsAll(wards);
        assertThat(codes(search("Đồng Xoài", null, 100))).startsWith(DONG_XOAI).containsAll(wards);
    }

    @Test
    void aWardIsFoundWithItsCityAndShownWithItsFullName() {
        List<JsonNode> found = search("tan phu dong xoai", null, 20);
        assertThat(codes(found)).contains("25195");
        JsonNode tanPhu = found.stream().filter(unit -> unit.path("code").asString().equals("25195")).findFirst()
                .orElseThrow();
        assertThat(tanPhu.path("name").asString()).isEqualTo("Phường Tân Phú");
        assertThat(tanPhu.path("fullName").asString()).isEqualTo("Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước");
        assertThat(tanPhu.path("parentCode").asString()).isEqualTo(DONG_XOAI);

        Response response = http().get("/api/v1/units/00001").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode phucXa = response.json();
        assertThat(phucXa.path("fullName").asString()).isEqualTo("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
    }

    @Test
    void withinKeepsResultsInsideTheSubtree() {
        // "tan" matches hundreds of units nationwide; within 70 only Bình Phước's.
        List<JsonNode> results = search("tan", BINH_PHUOC, 100);
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(unit -> assertThat(unit.path("fullName").asString()).endsWith("Tỉnh Bình Phước"));
        assertThat(search("phuc xa", BINH_PHUOC, 100)).isEmpty();
        assertThat(codes(search("phuc xa", null, 100))).contains("00001");
    }

    @Test
    void theCountryHasSixtyThreeProvinces() {
        List<JsonNode> provinces = units("/api/v1/units/VN/children");
        assertThat(provinces).hasSize(63);
        assertThat(provinces).allSatisfy(province -> {
            assertThat(province.path("level").asInt()).isEqualTo(1);
            assertThat(province.path("parentCode").asString()).isEqualTo("VN");
        });
        assertThat(codes(provinces)).contains("01", BINH_PHUOC).doesNotHaveDuplicates();
    }

    @Test
    void theOfficialListIsLoadedInFull() {
        Map<Integer, Long> byLevel = jdbc.sql("select level, count(*) as n from geo_unit group by level")
                .query((row, n) -> Map.entry(row.getInt("level"), row.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byLevel).containsEntry(0, 1L).containsEntry(1, 63L).containsEntry(2, 705L).containsEntry(3, 10_603L)
                .hasSize(4);
        // Every unit but the country hangs from a unit one level up.
        long misplaced = jdbc.sql("""
                        select count(*) from geo_unit c join geo_unit p on c.parent_code = p.code
                        where c.level <> p.level + 1""").query(Long.class).single();
        assertThat(misplaced).isZero();
        assertThat(jdbc.sql("select count(*) from geo_unit where parent_code is null").query(Long.class).single())
                .isEqualTo(1);
    }
}
