package vn.greenzone.exposure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.exposure}. */
@ConfigurationProperties("greenzone.exposure")
public record ExposureProperties(
        /** How long an upload code can be used. */
        @DefaultValue("1h") Duration codeLifetime,
        /** How long the token a code is exchanged for can be turned into a certificate. */
        @DefaultValue("24h") Duration tokenLifetime,
        /** How long a certificate can be used to upload. */
        @DefaultValue("15m") Duration certificateLifetime,
        /** Code checks one client address may make per hour. */
        @DefaultValue("10") int codeChecksPerAddress,
        /** Wrong codes the whole server accepts per hour before every check waits: brute force's budget. */
        @DefaultValue("1000") int wrongCodesPerHour,
        /** Most keys in one upload (14 days, with room for a changed key). */
        @DefaultValue("30") int maxKeys,
        /** How far back keys are accepted and how long they are kept. */
        @DefaultValue("14d") Duration keyRetention,
        /** The region exports are published for. */
        @DefaultValue("VN") String region,
        /** Fewer new keys than this are held for a later export, so that no file points at a handful of people. */
        @DefaultValue("20") int minKeysPerExport,
        /** Keys per export file; a larger hour is split into a batch of files. */
        @DefaultValue("10000") int maxKeysPerFile,
        /**
         * When the export job runs (Spring cron, seconds first): five past each hour, when the keys whose
         * period ended on the hour are publishable; {@code -} turns it off. Read by {@code ExposureJobs}.
         */
        @DefaultValue(ExposureProperties.EXPORT_CRON) String exportCron,
        /** An export's window closes this long before it runs, so that uploads still committing are not skipped. */
        @DefaultValue("1m") Duration exportGrace,
        /** Id under which phones know the export signing key (the country's mobile country code). */
        @DefaultValue("452") String signingKeyId,
        /** Version of the key that signs new exports; bump it to rotate. */
        @DefaultValue("v1") String signingKeyVersion,
        /** Earlier versions whose public keys stay published while phones still hold their exports. */
        @DefaultValue("") java.util.List<String> retiredKeyVersions,
        /** Where export files are written: a local folder by default, or an S3-compatible bucket. */
        @DefaultValue Storage storage) {

    /** The export job's default schedule: five past each hour. */
    public static final String EXPORT_CRON = "0 5 * * * *";

    /** Settings under {@code greenzone.exposure.storage}; all but {@code type} are for {@code s3} only. */
    public record Storage(
            /** {@code local}: files under {@code <data-dir>/exports}; {@code s3}: objects in a bucket. */
            @DefaultValue("local") StorageType type,
            /** The store's address, e.g. {@code http://minio:9000}; empty: Amazon S3 itself. */
            @DefaultValue("") String endpoint,
            /** Signing region of the store (not the export region); most self-hosted stores accept any. */
            @DefaultValue("us-east-1") String region,
            /** The bucket; it must exist. */
            @DefaultValue("") String bucket,
            /** Put before {@code <region>/<file>} in every object key, e.g. {@code exposure/}. */
            @DefaultValue("") String prefix,
            /** Access key; empty: the SDK's default chain (AWS_ACCESS_KEY_ID, instance roles, …). */
            @DefaultValue("") String accessKey,
            /** Secret key that goes with the access key. */
            @DefaultValue("") String secretKey,
            /** Bucket in the path ({@code http://host/bucket/key}), as MinIO and Ceph want by default. */
            @DefaultValue("true") boolean pathStyle) {

        /** Without the secret key, so that settings can be logged. */
        @Override
        public String toString() {
            return "Storage[type=" + type + ", endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                    + ", prefix=" + prefix + ", accessKey=" + accessKey + ", pathStyle=" + pathStyle + "]";
        }
    }

    public enum StorageType {
        LOCAL, S3
    }
}
