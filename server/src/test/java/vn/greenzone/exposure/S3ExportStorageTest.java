package vn.greenzone.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.greenzone.exposure.internal.ExportStorage;
import vn.greenzone.exposure.internal.KeyExports;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.TemporaryExposureKey;

/**
 * Exports in an S3-compatible store ({@code greenzone.exposure.storage.type=s3}), against a real S3 server
 * (S3Proxy in its own JVM) read with a client of the test's own: the signed files and the index land in the
 * bucket under the prefix with the media type and cache headers the server sends, phones still get them
 * through the server's route, retention deletes them, and no other key can be written or read.
 *
 * <p>Unlike the other integration tests this class needs settings of its own, so it runs in a Spring context
 * of its own, with its own embedded PostgreSQL under {@code target/test-data-s3}, closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class S3ExportStorageTest extends ExposureFixtures {

    private static final String BUCKET = "greenzone-exports";
    private static final Path DATA_DIR = Path.of("target/test-data-s3");
    private static S3ProxyServer s3;
    private static S3Client bucket;

    @Autowired
    KeyExports exports;

    @Autowired
    ExportStorage storage;

    @DynamicPropertySource
    static void exportToS3(DynamicPropertyRegistry registry) {
        s3 = S3ProxyServer.start(Path.of("target/s3proxy/run"));
        bucket = s3.client();
        bucket.createBucket(request -> request.bucket(BUCKET));
        // A local storage would write here: it must stay empty.
        FileSystemUtils.deleteRecursively(DATA_DIR.resolve("exports").toFile());
        registry.add("greenzone.data-dir", DATA_DIR::toString);
        // Exports run when the test says, not when the clock strikes five past.
        registry.add("greenzone.exposure.export-cron", () -> "-");
        registry.add("greenzone.exposure.storage.type", () -> "s3");
        registry.add("greenzone.exposure.storage.endpoint", () -> s3.endpoint().toString());
        registry.add("greenzone.exposure.storage.region", () -> S3ProxyServer.REGION);
        registry.add("greenzone.exposure.storage.bucket", () -> BUCKET);
        // Without its slash: the storage adds it.
        registry.add("greenzone.exposure.storage.prefix", () -> "exposure");
        registry.add("greenzone.exposure.storage.access-key", () -> S3ProxyServer.ACCESS_KEY);
        registry.add("greenzone.exposure.storage.secret-key", () -> S3ProxyServer.SECRET_KEY);
        registry.add("greenzone.exposure.storage.path-style", () -> "true");
    }

    @AfterAll
    static void stopS3() throws InterruptedException {
        if (bucket != null) {
            bucket.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    private static String key(String path) {
        return "exposure/" + path;
    }

    private static HeadObjectResponse head(String path) {
        return bucket.headObject(request -> request.bucket(BUCKET).key(key(path)));
    }

    private static byte[] object(String path) {
        return bucket.getObjectAsBytes(request -> request.bucket(BUCKET).key(key(path))).asByteArray();
    }

    private static void assertMissing(String path) {
        assertThatThrownBy(() -> head(path)).as(path + " in the bucket")
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void exportsLandInTheBucketSignedWithTheirHeadersAndTheServerServesThem() throws Exception {
        List<Phone> phones = List.of(uploaded(), uploaded());
        List<String> written = exports.exportDue();
        assertThat(written).isNotEmpty();

        KeyExportReader reader = publishedKeyReader();
        Set<String> found = new HashSet<>();
        for (String path : written) {
            HeadObjectResponse head = head(path);
            assertThat(head.contentType()).as(path).isEqualTo("application/zip");
            HttpResponse<byte[]> served = fetch("/exposure/exports/" + path);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(head.cacheControl()).as("the cache header the server sends for " + path)
                    .contains("immutable").isEqualTo(served.headers().firstValue("Cache-Control").orElseThrow());
            byte[] stored = object(path);
            assertThat(served.body()).as("served from the bucket: " + path).isEqualTo(stored);
            KeyExport export = reader.read(stored);
            assertThat(export.region()).isEqualTo("VN");
            export.keys().stream().map(TemporaryExposureKey::keyData)
                    .forEach(data -> found.add(Base64.getEncoder().encodeToString(data)));
        }
        for (Phone phone : phones) {
            List<String> keys = phone.keys().stream().map(k -> (String) k.get("key")).toList();
            assertThat(found).as("the 13 keys of past days, signed in the bucket").containsAll(keys.subList(0, 13));
        }

        HeadObjectResponse indexHead = head("VN/index.txt");
        assertThat(indexHead.contentType()).isEqualTo("text/plain");
        HttpResponse<byte[]> index = fetch("/exposure/exports/VN/index.txt");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(indexHead.cacheControl()).contains("max-age=300")
                .isEqualTo(index.headers().firstValue("Cache-Control").orElseThrow());
        assertThat(new String(index.body())).as("the server's index is the bucket's")
                .isEqualTo(new String(object("VN/index.txt")));
        assertThat(new String(index.body()).lines().toList()).containsAll(written);

        assertThat(bucket.listObjectsV2(request -> request.bucket(BUCKET)).contents()).map(S3Object::key)
                .as("every object under the prefix").allMatch(key -> key.startsWith("exposure/VN/"));
        assertThat(DATA_DIR.resolve("exports")).as("nothing written to the local folder").doesNotExist();
    }

    @Test
    void retentionDeletesTheObjects() throws Exception {
        uploaded();
        uploaded();
        List<String> written = exports.exportDue();
        assertThat(written).isNotEmpty();
        written.forEach(path -> assertThat(head(path).contentLength()).as(path).isPositive());
        // These exports ended a month ago, past the 14 days' retention.
        int aged = jdbc.sql("""
                update exposure_export set start_at = start_at - interval '30 days', end_at = end_at - interval '30 days'
                where path in (:paths)""").param("paths", written).update();
        assertThat(aged).isEqualTo(written.size());

        assertThat(exports.forgetOld()).isEqualTo(written.size());

        for (String path : written) {
            assertMissing(path);
            assertThat(fetch("/exposure/exports/" + path).statusCode()).as(path).isEqualTo(404);
        }
        String index = new String(object("VN/index.txt"));
        assertThat(index.lines().toList()).as("the rewritten index").doesNotContainAnyElementsOf(written);
        assertThat(new String(fetch("/exposure/exports/VN/index.txt").body())).isEqualTo(index);
    }

    @Test
    void onlyExportPathsCanBeWrittenOrRead() throws IOException, InterruptedException {
        for (String path : List.of("VN/../secret.key", "../secret.key", "VN/.part-1.tmp", "vn/index.txt", "VN/a/b.zip")) {
            assertThatThrownBy(() -> storage.put(path, new byte[] {1})).as(path).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.delete(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(bucket.listObjectsV2(request -> request.bucket(BUCKET)).contents()).map(S3Object::key)
                .as("nothing written outside export paths")
                .noneMatch(key -> key.contains("secret") || key.contains(".part") || key.contains("/vn/") || key.contains("/a/"));

        // Objects that are in the bucket but are no export files stay out of reach of the server's route.
        for (String path : List.of("VN/.part-1.tmp", "vn/index.txt")) {
            bucket.putObject(request -> request.bucket(BUCKET).key(key(path)), RequestBody.fromString("not an export"));
            try {
                assertThat(object(path)).as(path + " is in the bucket").isNotEmpty();
                assertThat(storage.read(path)).as(path).isEmpty();
                assertThat(fetch("/exposure/exports/" + path).statusCode()).as(path).isEqualTo(404);
            } finally {
                bucket.deleteObject(request -> request.bucket(BUCKET).key(key(path)));
            }
        }
        assertThat(fetch("/exposure/exports/VN/..%2F..%2Fsecret.key").statusCode()).isIn(400, 404);
        assertMissing("VN/1-1-1.zip");
        assertThat(storage.read("VN/1-1-1.zip")).as("a missing key").isEmpty();
    }
}
