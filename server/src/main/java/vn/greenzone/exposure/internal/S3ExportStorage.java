package vn.greenzone.exposure.internal;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import vn.greenzone.exposure.ExposureProperties;

/**
 * Export files as objects of an S3-compatible bucket (MinIO, Ceph, Amazon S3, a cloud provider's object
 * storage), under {@code <prefix><region>/<file>}, with the media type and cache headers the server's own
 * route sends, so that a CDN can serve the bucket to phones directly. Every node reads and writes the same
 * bucket, which a cluster needs: the export job runs on one node, any node serves the files.
 *
 * <p>Writes are atomic as {@link ExportStorage} requires: a single PUT either creates the whole object or
 * leaves what was there, and S3 never shows a partly uploaded object, so no temporary key is needed.
 */
class S3ExportStorage implements ExportStorage, AutoCloseable {

    private final S3Client client;
    private final String bucket;
    private final String prefix;

    S3ExportStorage(ExposureProperties.Storage settings) {
        if (settings.bucket().isBlank()) {
            throw new IllegalStateException("greenzone.exposure.storage.bucket is required with storage type s3");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: stores other than Amazon's may refuse the trailing
                // checksums that the SDK would otherwise add to every upload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        if (!settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        }
        this.client = builder.build();
        this.bucket = settings.bucket();
        String prefix = settings.prefix();
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public void put(String path, byte[] content) {
        client.putObject(request -> request.bucket(bucket).key(key(path))
                .contentType(ExportFiles.contentType(path).toString())
                .cacheControl(ExportFiles.cacheControl(path).getHeaderValue()), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> read(String path) {
        if (!ExportFiles.isExportPath(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.getObjectAsBytes(request -> request.bucket(bucket).key(key(path))).asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String path) {
        client.deleteObject(request -> request.bucket(bucket).key(key(path)));
    }

    @Override
    public void close() {
        client.close();
    }

    private String key(String path) {
        return prefix + ExportFiles.checked(path);
    }
}
