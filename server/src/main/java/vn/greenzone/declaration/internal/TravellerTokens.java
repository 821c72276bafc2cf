package vn.greenzone.declaration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.ServerSecret;

/**
 * The traveller a checkpoint's staff identified from their personal QR, carried from the first step of the
 * page to the form: an on-screen code expires in two minutes, filling the form takes longer. Signed with the
 * server secret and bound to the checkpoint, so staff cannot swap in someone else, nor reuse it elsewhere.
 */
@Component
class TravellerTokens {

    private static final Duration VALIDITY = Duration.ofMinutes(30);
    private static final String PURPOSE = "declaration-traveller|";

    private final ServerSecret secret;
    private final Clock clock;

    TravellerTokens(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** {@code p<person>.<expiry>.<mac>} or {@code d<dependant>.<expiry>.<mac>}. */
    String issue(Subject subject, long venueId) {
        String payload = (subject.personId() != null ? "p" + subject.personId() : "d" + subject.dependantId()) + "."
                + clock.instant().plus(VALIDITY).getEpochSecond();
        return payload + "." + mac(payload, venueId);
    }

    /** The traveller; 400 {@code declaration.traveller-expired} for a token forged, of another venue or too old. */
    Subject read(String token, long venueId) {
        String[] parts = token.strip().split("\\.");
        try {
            if (parts.length != 3 || !MessageDigest.isEqual(mac(parts[0] + "." + parts[1], venueId)
                    .getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))
                    || clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
                throw ProblemException.badRequest("declaration.traveller-expired");
            }
            long id = Long.parseLong(parts[0].substring(1));
            return parts[0].startsWith("p") ? Subject.person(id) : Subject.dependant(id);
        } catch (NumberFormatException | StringIndexOutOfBoundsException malformed) {
            throw ProblemException.badRequest("declaration.traveller-expired");
        }
    }

    private String mac(String payload, long venueId) {
        return secret.hash(PURPOSE + venueId + "|" + payload);
    }
}
