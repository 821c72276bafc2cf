package vn.greenzone.exposure.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.platform.SigningKeys;

/**
 * Verification certificates: JWS compact tokens signed with Ed25519 (RFC 8037 "EdDSA"), as Google's EN
 * verification server issues them. The certificate carries the report type, the symptom date and the HMAC
 * of the keys the phone will upload, never who the person is; the key server checks it without asking
 * anyone.
 */
@Component
public class Certificates {

    static final String ISSUER = "greenzone-verification";
    static final String AUDIENCE = "greenzone-keys";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString(
            "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"v1\"}".getBytes(StandardCharsets.UTF_8));

    /** What a valid certificate says. {@code id} is the SHA-256 of the whole certificate, to use it once. */
    public record Certificate(String id, String testType, String symptomDate, boolean symptomatic, String keyHmac,
            Instant expiresAt) {
    }

    private final SigningKeys.SigningKey key;
    private final JsonMapper json = JsonMapper.builder().build();

    Certificates(SigningKeys keys) {
        this.key = keys.forPurpose("exposure-certificate");
    }

    public String issue(CodeRepository.Claim claim, String keyHmac, Instant now, Instant expires) {
        Map<String, Object> claims = Map.of("iss", ISSUER, "aud", AUDIENCE, "iat", now.getEpochSecond(),
                "exp", expires.getEpochSecond(), "reportType", claim.testType(),
                "symptomDate", claim.symptomDate().toString(), "symptomatic", claim.symptomatic(), "tekmac", keyHmac);
        String signed = HEADER + "." + B64.encodeToString(json.writeValueAsBytes(claims));
        return signed + "." + B64.encodeToString(key.sign(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The certificate's claims if it is ours, well formed and unexpired; empty otherwise. */
    public Optional<Certificate> verify(String certificate, Instant now) {
        if (certificate == null || certificate.length() > 4096) {
            return Optional.empty();
        }
        String[] parts = certificate.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(HEADER)) {
            return Optional.empty();
        }
        try {
            String signed = parts[0] + "." + parts[1];
            if (!key.verify(signed.getBytes(StandardCharsets.US_ASCII), B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = json.readTree(B64D.decode(parts[1]));
            Instant expires = Instant.ofEpochSecond(claims.path("exp").asLong());
            if (!ISSUER.equals(claims.path("iss").asString()) || !AUDIENCE.equals(claims.path("aud").asString())
                    || !expires.isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(new Certificate(sha256(certificate), claims.path("reportType").asString(),
                    claims.path("symptomDate").asString(), claims.path("symptomatic").asBoolean(),
                    claims.path("tekmac").asString(), expires));
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException malformed) {
            return Optional.empty();
        }
    }

    /** The signing key's public half (X.509), for anyone who wants to check certificates. */
    public byte[] publicKey() {
        return key.publicKey();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
