package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.TestHttp;
import vn.greenzone.exposure.internal.KeyExports;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.identity.Role;
import vn.greenzone.simulator.CrowdSimulation;
import vn.greenzone.simulator.HttpKeyServer;
import vn.greenzone.simulator.KeyServer;

/**
 * The whole chain with the crowd simulator: tracers issue codes to the diagnosed phones, which upload through
 * the HTTP API (each with a fake upload beside it); the export job publishes; every other phone downloads the
 * index and the signed files, verifies them with the published key and matches. Greenzone's server must warn
 * exactly the phones a key server in memory warns for the same crowd.
 */
class ExposureEndToEndTest extends ExposureFixtures {

    private static final int CASES = 7;

    @Autowired
    KeyExports exports;

    @Test
    void phonesFindTheirExposuresThroughGreenzonesKeyServer() {
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, DISTRICT);
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            TestHttp.Token patient = person("Ca Bệnh " + i);
            var body = new HashMap<String, Object>(Map.of("phone", http().nationalPhone(patient.personId()), "unitCode",
                    COMMUNE, "sampleDate", today.toString(), "onsetDate", firstDay.toString(), "isolationDate", today.toString()));
            long caseId = http().post("/api/v1/cases").bearer(tracer.token()).json(body).send().json().path("id").asLong();
            TestHttp.Response code = http().post("/api/v1/cases/" + caseId + "/exposure-codes").bearer(tracer.token())
                    .json(Map.of("testType", "CONFIRMED")).send();
            assertThat(code.status()).as(code.toString()).isEqualTo(201);
            codes.add(code.json().path("code").asText());
        }
        var crowd = new CrowdSimulation(80, 8, 11, firstDay, 3, CASES);
        var http = new HttpKeyServer("http://localhost:" + port, codes::get, Duration.ofSeconds(5));
        CrowdSimulation.Outcome overHttp = crowd.run(new KeyServer() {
            @Override
            public void publish(int phone, List<TemporaryExposureKey> keys) {
                http.publish(phone, keys);
            }

            @Override
            public Downloaded download() {
                assertThat(exports.exportDue()).as("the export job publishes the uploads").isNotEmpty();
                return http.download();
            }
        });
        CrowdSimulation.Outcome inMemory = crowd.run();

        assertThat(overHttp.diagnosisKeys()).isEqualTo(CASES * 3);
        assertThat(overHttp.contacts()).isEqualTo(inMemory.contacts()).isNotEmpty();
        assertThat(overHttp.warned()).isEqualTo(inMemory.warned());
        assertThat(overHttp.recall()).isEqualTo(1.0);
        assertThat(overHttp.exports()).isPositive();
    }
}
