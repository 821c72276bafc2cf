package vn.greenzone.identity.web;

import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.internal.PersonalQrSeal;

/** The public key of personal-QR seals, so other readers verify Greenzone codes offline. Public. */
@RestController
@Tag(name = "Personal QR")
class PersonalQrKeyApiController {

    record PublicKey(String purpose, String algorithm, String format, String publicKey, String seal) {
    }

    private static final String SEAL = "Last '<' extension: GZ1.S.<expiry epoch seconds>.<signature> on screen, "
            + "GZ1.P.<printed id>.<signature> printed; the base64url Ed25519 signature covers every character "
            + "before it (UTF-8).";

    private final PublicKey key;

    PersonalQrKeyApiController(PersonalQrSeal seal) {
        this.key = new PublicKey(PersonalQrSeal.PURPOSE, "Ed25519", "X.509",
                Base64.getEncoder().encodeToString(seal.publicKey()), SEAL);
    }

    @GetMapping("/api/v1/keys/personal-qr")
    @Operation(summary = "Public key of personal-QR seals", description = "Base64 X.509 (SubjectPublicKeyInfo) Ed25519 key.")
    PublicKey personalQr() {
        return key;
    }
}
