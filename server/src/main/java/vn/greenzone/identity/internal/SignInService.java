package vn.greenzone.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.SignedInPerson;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.GreenzoneProperties;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.ServerSecret;

/**
 * Phone sign-in with a six-digit one-time code: hashed at rest, valid for a few minutes, and a
 * number is locked after too many wrong tries. Shared by the browser and the API.
 */
@Service
public class SignInService {

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Duration HOUR = Duration.ofHours(1);

    /** What the person is told after a code was sent. */
    public record CodeSent(PhoneNumber phone, Instant expiresAt) {
    }

    private final SignInCodeRepository codes;
    private final PersonRepository people;
    private final SmsSender sms;
    private final RateLimiter rateLimiter;
    private final ServerSecret secret;
    private final GreenzoneProperties.SignIn settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInService(SignInCodeRepository codes, PersonRepository people, SmsSender sms, RateLimiter rateLimiter,
            ServerSecret secret, GreenzoneProperties properties, Clock clock) {
        this.codes = codes;
        this.people = people;
        this.sms = sms;
        this.rateLimiter = rateLimiter;
        this.secret = secret;
        this.settings = properties.signIn();
        this.clock = clock;
    }

    public CodeSent requestCode(String typedPhone, String clientAddress) {
        PhoneNumber phone = PhoneNumber.parse(typedPhone);
        rateLimiter.acquire("code:address:" + clientAddress, settings.codesPerAddressPerHour(), HOUR,
                "signin.too-many-codes");
        rateLimiter.acquire("code:phone:" + phone, settings.codesPerNumberPerHour(), HOUR, "signin.too-many-codes");
        Instant now = clock.instant();
        var pending = codes.find(phone.international());
        pending.filter(code -> code.lockedUntil() != null && code.lockedUntil().isAfter(now)).ifPresent(code -> {
            throw ProblemException.tooManyRequests("signin.locked", Duration.between(now, code.lockedUntil()));
        });
        boolean lockEnded = pending.map(code -> code.lockedUntil() != null).orElse(false);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Instant expiresAt = now.plus(settings.codeTtl());
        codes.store(phone.international(), hash(phone, code), expiresAt, lockEnded);
        sms.send(phone.international(), "Greenzone: ma dang nhap cua ban la %s, hieu luc %d phut. Khong chia se ma nay."
                .formatted(code, settings.codeTtl().toMinutes()));
        return new CodeSent(phone, expiresAt);
    }

    public SignedInPerson verify(String typedPhone, String typedCode, String clientAddress) {
        PhoneNumber phone = PhoneNumber.parse(typedPhone);
        String code = typedCode == null ? "" : typedCode.trim();
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.badRequest("signin.code-format");
        }
        rateLimiter.acquire("verify:address:" + clientAddress, settings.verificationsPerAddressPerHour(), HOUR,
                "signin.too-many-attempts");
        Instant now = clock.instant();
        var pending = codes.find(phone.international())
                .orElseThrow(() -> ProblemException.badRequest("signin.no-code"));
        if (pending.lockedUntil() != null && pending.lockedUntil().isAfter(now)) {
            throw ProblemException.tooManyRequests("signin.locked", Duration.between(now, pending.lockedUntil()));
        }
        if (pending.codeHash() == null) {
            throw ProblemException.badRequest("signin.no-code");
        }
        if (pending.expiresAt().isBefore(now)) {
            throw ProblemException.badRequest("signin.code-expired");
        }
        String hash = hash(phone, code);
        if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                pending.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            int failures = codes.recordFailure(phone.international(), settings.maxFailures(),
                    now.plus(settings.lockDuration()));
            int remaining = settings.maxFailures() - failures;
            if (remaining <= 0) {
                throw ProblemException.tooManyRequests("signin.locked", settings.lockDuration());
            }
            throw new ProblemException(HttpStatus.BAD_REQUEST, "signin.code-wrong", remaining);
        }
        if (!codes.consume(phone.international(), hash)) {
            throw ProblemException.badRequest("signin.no-code");
        }
        var person = people.findOrCreate(phone);
        return new SignedInPerson(person.id(), phone.international());
    }

    private String hash(PhoneNumber phone, String code) {
        return secret.hash(phone.international() + ":" + code);
    }
}
