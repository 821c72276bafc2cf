package vn.greenzone.exposure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.exposure.internal.KeyExports;
import vn.greenzone.exposure.internal.KeyUpload;
import vn.greenzone.exposure.internal.UploadCodes;
import vn.greenzone.exposure.internal.Verification;
import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationHmac;

/**
 * The key server as other modules use it, through the same checks as the HTTP API: a tracer issues a
 * case's upload code, a phone shares its keys with it (code, token, certificate, upload), and what is due
 * is published.
 */
@Service
public class KeySharing {

    private final UploadCodes codes;
    private final Verification verification;
    private final KeyUpload upload;
    private final KeyExports exports;
    private final SecureRandom random = new SecureRandom();

    KeySharing(UploadCodes codes, Verification verification, KeyUpload upload, KeyExports exports) {
        this.codes = codes;
        this.verification = verification;
        this.upload = upload;
        this.exports = exports;
    }

    /** Issues an upload code for the case as the signed-in tracer, texted to the case; returns its eight digits. */
    public String issueCode(long caseId, boolean confirmedByTest) {
        return codes.issue(caseId, confirmedByTest ? UploadCodes.TestType.CONFIRMED : UploadCodes.TestType.LIKELY).code();
    }

    /** Shares a phone's keys with an upload code, as the phone does from its address; returns how many were taken. */
    public int shareKeys(String code, String phoneAddress, List<TemporaryExposureKey> keys) {
        List<VerificationHmac.UploadedKey> uploaded = keys.stream().map(VerificationHmac.UploadedKey::of).toList();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        Verification.Token token = verification.verifyCode(code, phoneAddress);
        Verification.Issued certificate = verification.certificate(token.token(), VerificationHmac.of(uploaded, secret));
        return upload.upload(new KeyUpload.Upload(uploaded, Base64.getEncoder().encodeToString(secret),
                certificate.certificate()), false);
    }

    /** Publishes the keys that are due, unless fewer than the minimum; returns the paths of the files written. */
    public List<String> publishDue() {
        return exports.exportDue();
    }
}
