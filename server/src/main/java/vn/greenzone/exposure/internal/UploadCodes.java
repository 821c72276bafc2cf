package vn.greenzone.exposure.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.PublicUrl;
import vn.greenzone.platform.ServerSecret;
import vn.greenzone.tracing.Cases;

/**
 * Upload codes: a tracer issues one for a case; the eight digits go by SMS to the case's phone and are
 * shown to the tracer to read out. A 128-bit link code is issued with them and texted in a link to a
 * public page that hands it to the app; both single use, both stored only as HMACs under the server secret.
 * The link carries its code after '#', which browsers never send: no server log or referrer holds it.
 */
@Service
public class UploadCodes {

    /** What kind of diagnosis the code vouches for (the report type of the keys). */
    public enum TestType { CONFIRMED, LIKELY }

    /** The eight digits to read out or text, and the long code the texted link carries. */
    public record IssuedCode(String code, String linkCode, Instant expiresAt, boolean sent) {
    }

    /** The public page the texted link opens. */
    public static final String SHARE_PATH = "/exposure/share";

    private static final int TRIES = 5;

    private final CodeRepository codes;
    private final Cases cases;
    private final AccessControl access;
    private final SmsSender sms;
    private final ServerSecret secret;
    private final ExposureProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PublicUrl publicUrl;

    UploadCodes(CodeRepository codes, Cases cases, AccessControl access, SmsSender sms, ServerSecret secret,
            ExposureProperties properties, Clock clock, PublicUrl publicUrl) {
        this.codes = codes;
        this.cases = cases;
        this.access = access;
        this.sms = sms;
        this.secret = secret;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional
    public IssuedCode issue(long caseId, TestType type) {
        Cases.CaseSummary c = cases.summary(caseId);
        if (type == null) {
            throw ProblemException.badRequest("exposure.test-type-required");
        }
        boolean symptomatic = c.onsetDate() != null;
        LocalDate symptomDate = symptomatic ? c.onsetDate() : c.sampleDate();
        Instant expires = clock.instant().plus(properties.codeLifetime());
        for (int attempt = 1; ; attempt++) {
            String code = "%08d".formatted(random.nextInt(100_000_000));
            byte[] linkBytes = new byte[16];
            random.nextBytes(linkBytes);
            String linkCode = Base64.getUrlEncoder().withoutPadding().encodeToString(linkBytes);
            // The same eight digits are still stored (until retention forgets them a day after expiry): draw again.
            if (!codes.insert(caseId, secret.hash("exposure-code:" + code), secret.hash("exposure-code:" + linkCode),
                    type.name(), symptomDate, symptomatic, access.current().personId(), expires)) {
                if (attempt == TRIES) {
                    throw ProblemException.serviceBusy();
                }
                continue;
            }
            if (c.phone() != null) {
                sms.send(c.phone(), "Greenzone: ma tai len khoa phoi nhiem / exposure upload code: " + code
                        + " (" + properties.codeLifetime().toMinutes() + " phut / min). " + publicUrl.base() + SHARE_PATH + "#" + linkCode);
            }
            return new IssuedCode(code, linkCode, expires, c.phone() != null);
        }
    }
}
