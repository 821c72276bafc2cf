package vn.greenzone.exposure.web;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.exposure.internal.Certificates;
import vn.greenzone.exposure.internal.ExportSigningKeys;
import vn.greenzone.exposurenotification.VerificationHmac;
import vn.greenzone.exposure.internal.KeyUpload;
import vn.greenzone.exposure.internal.UploadCodes;
import vn.greenzone.exposure.internal.UploadTiming;
import vn.greenzone.exposure.internal.Verification;

/**
 * The exposure key server's API: a tracer issues an upload code for a case; the phone exchanges it for a
 * token, the token and the HMAC of its keys for a certificate, and uploads its keys with it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exposure notification")
class ExposureApiController {

    record CodeRequest(UploadCodes.TestType testType) {
    }

    record VerifyRequest(String code) {
    }

    record CertificateRequest(String token, String ekeyhmac) {
    }

    record UploadRequest(List<VerificationHmac.UploadedKey> temporaryExposureKeys, String hmacKey, String verificationPayload,
            String padding) {
    }

    record UploadAnswer(int insertedExposures) {
    }

    private final UploadCodes codes;
    private final Verification verification;
    private final KeyUpload upload;
    private final UploadTiming timing;
    private final Certificates certificates;
    private final ExportSigningKeys signingKeys;

    ExposureApiController(UploadCodes codes, Verification verification, KeyUpload upload, UploadTiming timing,
            Certificates certificates, ExportSigningKeys signingKeys) {
        this.codes = codes;
        this.verification = verification;
        this.upload = upload;
        this.timing = timing;
        this.certificates = certificates;
        this.signingKeys = signingKeys;
    }

    @PostMapping("/cases/{id}/exposure-codes")
    @Operation(summary = "Issue a one-time upload code for a case (contact tracers)",
            description = "Sent by SMS to the case's phone with a link; returned so the tracer can read it out. "
                    + "Valid one hour by default, single use.")
    ResponseEntity<UploadCodes.IssuedCode> issue(@PathVariable long id, @RequestBody CodeRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(codes.issue(id, request.testType()));
    }

    @PostMapping("/exposure/verify")
    @Operation(summary = "Exchange an upload code (8 digits, or the link's code) for a verification token",
            description = "No sign-in: the code is the proof. Limited per client address and, for wrong codes, nationwide.")
    Verification.Token verify(@RequestBody VerifyRequest request, HttpServletRequest http) {
        return verification.verifyCode(request.code(), http.getRemoteAddr());
    }

    @PostMapping("/exposure/certificate")
    @Operation(summary = "Exchange the token and the HMAC of the keys to upload for a signed certificate",
            description = "ekeyhmac is base64 HMAC-SHA256 of the sorted keys (key.rollingStart.rollingPeriod.risk, comma "
                    + "separated) under a secret only the phone holds.")
    Verification.Issued certificate(@RequestBody CertificateRequest request) {
        return verification.certificate(request.token(), request.ekeyhmac());
    }

    /**
     * A real upload is answered at once, on the request's own dispatch; a fake one by a timer, when a real
     * one would have been answered (see {@link UploadTiming}), so the answer is either the record or its future.
     */
    @PostMapping("/exposure-keys")
    @Operation(summary = "Upload temporary exposure keys with a verification certificate",
            description = "Phones also send fake uploads (X-Fake: 1), padded to the same size: they are checked alike, "
                    + "answered alike and at the same pace, and store nothing.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UploadAnswer.class)))
    Object upload(@RequestBody UploadRequest request,
            @Parameter(description = "1 for a fake upload") @RequestHeader(name = "X-Fake", defaultValue = "0") String fake,
            HttpServletRequest http) {
        var given = new KeyUpload.Upload(request.temporaryExposureKeys(), request.hmacKey(), request.verificationPayload());
        if (!"1".equals(fake)) {
            return new UploadAnswer(upload.upload(given, false));
        }
        UploadTiming.Fake<UploadAnswer> answer = timing.fake(UploadTimingFilter.arrived(http),
                () -> new UploadAnswer(upload.upload(given, true)));
        UploadTimingFilter.fakeFires(http, answer.firesNanos());
        return answer.answer();
    }

    @GetMapping("/keys/exposure-export")
    @Operation(summary = "The public keys (PEM, with id and version) that verify export files: the current one and retired ones")
    List<ExportSigningKeys.PublishedKey> exportKeys() {
        return signingKeys.published();
    }

    @GetMapping("/keys/exposure-certificate")
    @Operation(summary = "The public key (X.509, base64) that verifies certificates")
    Map<String, Object> certificateKey() {
        return Map.of("algorithm", "Ed25519", "keyId", "v1", "publicKey",
                Base64.getEncoder().encodeToString(certificates.publicKey()));
    }
}
