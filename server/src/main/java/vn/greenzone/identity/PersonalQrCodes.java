package vn.greenzone.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.identity.internal.NationalQrText;
import vn.greenzone.identity.internal.PersonalQrSeal;
import vn.greenzone.identity.internal.PrintedQrRepository;
import vn.greenzone.platform.ProblemException;

/** Personal QR codes: issued to people and their dependants, read back at the door. */
@Service
public class PersonalQrCodes {

    /** The screen shows a new code every 60 s; a code (or a screenshot of it) is refused after this. */
    public static final Duration SCREEN_VALIDITY = Duration.ofSeconds(120);
    /** QID of a dependant: a letter no person id has, then the dependant's id. */
    static final String DEPENDANT_QID = "D";

    private final People people;
    private final Dependants dependants;
    private final AccessControl access;
    private final PrintedQrRepository printed;
    private final PersonalQrSeal seal;
    private final Clock clock;

    PersonalQrCodes(People people, Dependants dependants, AccessControl access, PrintedQrRepository printed,
            PersonalQrSeal seal, Clock clock) {
        this.people = people;
        this.dependants = dependants;
        this.access = access;
        this.printed = printed;
        this.seal = seal;
        this.clock = clock;
    }

    /**
     * The signed-in person's on-screen code, or that of one of their dependants: a new one every 60 s,
     * refused at the door once 2 minutes old. Refuses {@code qr.profile-incomplete} 409 while the person
     * has no name, and {@code dependant.not-found} 404 for someone else's dependant.
     */
    public PersonalQr current(Long dependantId) {
        String unsigned = unsignedText(dependantId);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(SCREEN_VALIDITY);
        return new PersonalQr(seal.screen(unsigned, expiresAt), issuedAt, expiresAt, null, dependantId);
    }

    /**
     * Reads a scanned code. Refuses: {@code qr.malformed} 400 (not the national layout),
     * {@code qr.forged} 400 (Greenzone signature does not verify), {@code qr.expired} 400 (an on-screen
     * code older than its expiry: a screenshot), {@code qr.revoked} 410 (a printed code its holder revoked).
     * A Greenzone code names either a person ({@code personId}) or a dependant ({@code dependantId}, whose
     * guardian {@link Dependants#find} gives). Costs no query for an on-screen code, one otherwise.
     */
    public ScannedQr read(String text) {
        return read(text, clock.instant());
    }

    /** As {@link #read(String)}, judging an on-screen code's expiry at the time it was scanned (offline readers). */
    public ScannedQr read(String text, Instant scannedAt) {
        QrReading reading = readAll(List.of(new QrToRead(text, scannedAt))).getFirst();
        if (reading.refusal() != null) {
            throw reading.refusal();
        }
        return reading.scanned();
    }

    /** A code to read and when it was scanned. */
    public record QrToRead(String text, Instant scannedAt) {
    }

    /** What reading one code gave: who it stands for, or why it was refused. */
    public record QrReading(ScannedQr scanned, ProblemException refusal) {
    }

    /**
     * Reads a reader device's batch with the checks of {@link #read(String, Instant)}, each code judged on
     * its own, in two queries at most: one for the revocation of every printed code, one for the ID
     * numbers of every other app's code.
     */
    public List<QrReading> readAll(List<QrToRead> codes) {
        List<Object> firstPass = new ArrayList<>(codes.size());
        Set<Long> printedIds = new HashSet<>();
        Set<String> foreignIds = new HashSet<>();
        for (QrToRead item : codes) {
            try {
                NationalQrText code = NationalQrText.parse(item.text());
                if (!PersonalQrSeal.isSealed(code)) {
                    foreignIds.add(code.idNumber());
                    firstPass.add(code);
                    continue;
                }
                PersonalQrSeal.Seal verified = seal.verify(item.text());
                if (verified.source() == ScannedQr.Source.SCREEN && item.scannedAt().getEpochSecond() > verified.number()) {
                    throw ProblemException.badRequest("qr.expired");
                }
                if (verified.source() == ScannedQr.Source.PRINTED) {
                    printedIds.add(verified.number());
                }
                firstPass.add(new SealedCode(code, verified));
            } catch (ProblemException refused) {
                firstPass.add(refused);
            }
        }
        Map<Long, Boolean> revoked = printedIds.isEmpty() ? Map.of() : printed.revokedAmong(printedIds);
        Map<String, Long> holders = foreignIds.isEmpty() ? Map.of() : people.idsByIdNumber(foreignIds);
        return firstPass.stream().map(pass -> switch (pass) {
            case ProblemException refused -> new QrReading(null, refused);
            case NationalQrText foreign -> new QrReading(
                    scanned(ScannedQr.Source.FOREIGN, holders.get(foreign.idNumber()), null, foreign), null);
            case SealedCode sealed -> ours(sealed, revoked);
            default -> throw new IllegalStateException("unexpected " + pass);
        }).toList();
    }

    private record SealedCode(NationalQrText code, PersonalQrSeal.Seal seal) {
    }

    private QrReading ours(SealedCode sealed, Map<Long, Boolean> revoked) {
        NationalQrText code = sealed.code();
        if (sealed.seal().source() == ScannedQr.Source.PRINTED && revoked.getOrDefault(sealed.seal().number(), true)) {
            return new QrReading(null, new ProblemException(HttpStatus.GONE, "qr.revoked"));
        }
        try {
            ScannedQr scanned = code.qid().startsWith(DEPENDANT_QID)
                    ? scanned(sealed.seal().source(), null, Long.parseLong(code.qid(), 1, code.qid().length(), 10), code)
                    : scanned(sealed.seal().source(), Long.parseLong(code.qid()), null, code);
            return new QrReading(scanned, null);
        } catch (NumberFormatException e) {
            return new QrReading(null, ProblemException.badRequest("qr.malformed"));
        }
    }

    /** Prints a long-lived code for the signed-in person or one of their dependants. */
    @Transactional
    public PersonalQr print(Long dependantId) {
        String unsigned = unsignedText(dependantId);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long id = printed.insert(access.current().personId(), dependantId, issuedAt);
        String text = seal.printed(unsigned, id);
        printed.storeText(id, text);
        return new PersonalQr(text, issuedAt, null, id, dependantId);
    }

    /** The signed-in person's printed codes that are still valid, their dependants' included; newest first. */
    public List<PersonalQr> printed() {
        return printed.validOf(access.current().personId());
    }

    /** Revokes a printed code of the signed-in person or their dependant; 404 {@code qr.printed-not-found} otherwise. */
    public void revokePrinted(long printedId) {
        if (!printed.revoke(printedId, access.current().personId())) {
            throw ProblemException.notFound("qr.printed-not-found");
        }
    }

    private String unsignedText(Long dependantId) {
        Person me = people.me();
        if (dependantId != null) {
            Dependant dependant = dependants.requireMine(dependantId);
            return NationalQrText.write(dependant.idNumber(), dependant.fullName(), dependant.birthDate(), true,
                    DEPENDANT_QID + dependant.id(), Long.toString(me.id()), dependant.gender(), me.phone().national());
        }
        if (me.fullName() == null || me.fullName().isBlank()) {
            throw new ProblemException(HttpStatus.CONFLICT, "qr.profile-incomplete");
        }
        return NationalQrText.write(me.idNumber(), me.fullName(), me.birthDate(), false, Long.toString(me.id()), "",
                me.gender(), me.phone().national());
    }

    private static ScannedQr scanned(ScannedQr.Source source, Long personId, Long dependantId, NationalQrText code) {
        return new ScannedQr(source, personId, dependantId, blankToNull(code.idNumber()), code.fullName(),
                code.birthDate(), code.gender(), blankToNull(code.extension(NationalQrText.PHONE)));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
