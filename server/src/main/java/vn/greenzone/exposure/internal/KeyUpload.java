package vn.greenzone.exposure.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.exposurenotification.EnIntervals;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationHmac;
import vn.greenzone.platform.ProblemException;

/**
 * A phone's upload of its temporary exposure keys with a verification certificate. Everything is checked
 * (count, length, periods, overlaps, duplicates, age, the future, the certificate and that it was made for
 * exactly these keys, once); report type and days since onset come from the certificate, never from the
 * phone. A fake upload goes through every check but stores nothing.
 */
@Service
public class KeyUpload {

    /** What a phone uploads. */
    public record Upload(List<VerificationHmac.UploadedKey> keys, String hmacKey, String certificate) {
    }

    private static final int MAX_TRANSMISSION_RISK = 8;
    private static final int MAX_DAYS_FROM_ONSET = 14;

    private final Certificates certificates;
    private final CodeRepository codes;
    private final KeyRepository keys;
    private final ExposureProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    KeyUpload(Certificates certificates, CodeRepository codes, KeyRepository keys, ExposureProperties properties,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.certificates = certificates;
        this.codes = codes;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Checks and, unless {@code fake}, stores the upload; returns how many keys it carried. Only the storing
     * runs in a transaction, so a fake upload never holds a database connection.
     */
    public int upload(Upload upload, boolean fake) {
        Instant now = clock.instant();
        List<VerificationHmac.UploadedKey> uploaded = checked(upload.keys(), now);
        byte[] secret = decode(upload.hmacKey(), "exposure.hmac-invalid");
        if (secret.length < 16 || secret.length > 64) {
            throw ProblemException.badRequest("exposure.hmac-invalid");
        }
        String hmac = VerificationHmac.of(uploaded, secret);
        var certificate = certificates.verify(upload.certificate(), now);
        if (fake) {
            return uploaded.size();
        }
        var valid = certificate.orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "exposure.certificate-invalid"));
        if (!MessageDigest.isEqual(hmac.getBytes(StandardCharsets.US_ASCII), valid.keyHmac().getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "exposure.hmac-mismatch");
        }
        ReportType type = "LIKELY".equals(valid.testType()) ? ReportType.CONFIRMED_CLINICAL_DIAGNOSIS : ReportType.CONFIRMED_TEST;
        LocalDate symptomDate = LocalDate.parse(valid.symptomDate());
        var stored = new ArrayList<KeyRepository.StoredKey>();
        for (VerificationHmac.UploadedKey key : uploaded) {
            LocalDate day = EnIntervals.utcDate(EnIntervals.startOf(key.rollingStartNumber()));
            int sinceOnset = (int) ChronoUnit.DAYS.between(symptomDate, day);
            if (Math.abs(sinceOnset) > MAX_DAYS_FROM_ONSET) {
                continue;
            }
            var tek = new TemporaryExposureKey(Base64.getDecoder().decode(key.key()), key.rollingStartNumber(),
                    key.rollingPeriod(), type, key.transmissionRisk(), sinceOnset);
            Instant periodOver = EnIntervals.startOf(key.rollingStartNumber() + key.rollingPeriod());
            stored.add(new KeyRepository.StoredKey(tek, periodOver.isAfter(now) ? periodOver : now));
        }
        transactions.executeWithoutResult(status -> {
            if (!codes.useCertificate(valid.id())) {
                throw new ProblemException(HttpStatus.CONFLICT, "exposure.certificate-used");
            }
            if (!stored.isEmpty()) {
                keys.insert(stored, properties.region());
            }
        });
        return uploaded.size();
    }

    private List<VerificationHmac.UploadedKey> checked(List<VerificationHmac.UploadedKey> given, Instant now) {
        if (given == null || given.isEmpty() || given.size() > properties.maxKeys()) {
            throw ProblemException.badRequest("exposure.key-count", properties.maxKeys());
        }
        int current = EnIntervals.intervalOf(now);
        int oldest = EnIntervals.dayStart(EnIntervals.intervalOf(now.minus(properties.keyRetention())));
        var seen = new HashSet<String>();
        for (VerificationHmac.UploadedKey key : given) {
            if (key == null || decode(key.key(), "exposure.key-invalid").length != TemporaryExposureKey.KEY_LENGTH_BYTES
                    || key.rollingPeriod() < 1 || key.rollingPeriod() > EnIntervals.TEK_ROLLING_PERIOD
                    || key.transmissionRisk() < 0 || key.transmissionRisk() > MAX_TRANSMISSION_RISK) {
                throw ProblemException.badRequest("exposure.key-invalid");
            }
            if (key.rollingStartNumber() % EnIntervals.TEK_ROLLING_PERIOD != 0) {
                // Phones start each key at a UTC midnight; exports publish no other kind.
                throw ProblemException.badRequest("exposure.key-not-aligned");
            }
            if (key.rollingStartNumber() > current) {
                throw ProblemException.badRequest("exposure.key-future");
            }
            if (key.rollingStartNumber() < oldest) {
                throw ProblemException.badRequest("exposure.key-too-old", properties.keyRetention().toDays());
            }
            if (!seen.add(key.key())) {
                throw ProblemException.badRequest("exposure.key-duplicate");
            }
        }
        List<VerificationHmac.UploadedKey> sorted = given.stream()
                .sorted(Comparator.comparingInt(VerificationHmac.UploadedKey::rollingStartNumber)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            VerificationHmac.UploadedKey before = sorted.get(i - 1);
            if (before.rollingStartNumber() + before.rollingPeriod() > sorted.get(i).rollingStartNumber()) {
                throw ProblemException.badRequest("exposure.key-overlap");
            }
        }
        return sorted;
    }

    private static byte[] decode(String base64, String problem) {
        try {
            return base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw ProblemException.badRequest(problem);
        }
    }
}
