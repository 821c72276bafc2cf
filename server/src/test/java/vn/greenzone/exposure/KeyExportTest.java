package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.exposure.internal.KeyExports;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.TemporaryExposureKey;

/**
 * Uploaded keys come out in signed export files that a phone downloads from the index and verifies with
 * the published key, as any GAEN client would; today's keys stay out until their day is over.
 */
class KeyExportTest extends ExposureFixtures {

    @Autowired
    KeyExports exports;

    @Test
    void uploadedKeysArePublishedSignedAndVerifiableByAPhone() throws Exception {
        List<Phone> phones = List.of(uploaded(), uploaded());
        List<String> written = exports.exportDue();
        assertThat(written).isNotEmpty();

        HttpResponse<byte[]> index = fetch("/exposure/exports/VN/index.txt");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Cache-Control").orElse("")).contains("max-age=300");
        List<String> listed = new String(index.body()).lines().toList();
        assertThat(listed).containsAll(written);

        KeyExportReader reader = publishedKeyReader();
        Set<String> found = new HashSet<>();
        for (String path : listed) {
            HttpResponse<byte[]> file = fetch("/exposure/exports/" + path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
            KeyExport export = reader.read(file.body());
            assertThat(export.region()).isEqualTo("VN");
            for (TemporaryExposureKey key : export.keys()) {
                found.add(Base64.getEncoder().encodeToString(key.keyData()));
                if (written.contains(path)) {
                    assertThat(key.reportType()).isEqualTo(ReportType.CONFIRMED_TEST);
                    assertThat(key.daysSinceOnsetOfSymptoms()).isNotNull();
                }
            }
        }
        for (Phone phone : phones) {
            List<String> keys = phone.keys().stream().map(k -> (String) k.get("key")).toList();
            assertThat(found).as("the 13 keys of past days").containsAll(keys.subList(0, 13));
            assertThat(found).as("today's key, still being broadcast").doesNotContain(keys.getLast());
        }

        assertThat(exports.exportDue()).as("nothing new: held, no file of a handful of keys").isEmpty();
        assertThat(new String(fetch("/exposure/exports/VN/index.txt").body()).lines().toList()).isEqualTo(listed);
    }

    @Test
    void onlyExportFilesCanBeRead() throws Exception {
        assertThat(fetch("/exposure/exports/VN/..%2F..%2Fsecret.key").statusCode()).isIn(400, 404);
        assertThat(fetch("/exposure/exports/VN/.part-1.tmp").statusCode()).isEqualTo(404);
        assertThat(fetch("/exposure/exports/vn/index.txt").statusCode()).isEqualTo(404);
    }
}
