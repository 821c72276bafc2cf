package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.greenzone.IntegrationTest;
import vn.greenzone.identity.internal.NationalQrText;
import vn.greenzone.identity.internal.PersonalQrSeal;
import vn.greenzone.platform.ProblemException;

/** Personal QR codes through the services: the national layout, the seal, expiry, printing and revocation. */
class PersonalQrCodesTest extends IntegrationTest {

    @Autowired
    PersonalQrCodes codes;
    @Autowired
    Dependants dependants;
    @Autowired
    People people;
    @Autowired
    PersonalQrSeal seal;

    private String phone;
    private long personId;

    @BeforeEach
    void signIn() {
        phone = randomPhone();
        personId = signInAs(phone);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long signInAs(String nationalPhone) {
        long id = http().signInApi(nationalPhone).personId();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(id, international(nationalPhone)), null, List.of()));
        return id;
    }

    static String randomIdNumber() {
        return "0%011d".formatted(ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    private static void assertRefused(Runnable action, int status, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status().value()).isEqualTo(status);
        });
    }

    @Test
    void theOnScreenCodeIsInTheNationalLayoutAndReadsBackAsThisPerson() {
        String idNumber = randomIdNumber();
        people.updateMyProfile("Nguyễn Văn Đức", LocalDate.of(1990, 5, 17), Gender.MALE, idNumber.toLowerCase(), null);

        PersonalQr code = codes.current(null);

        String[] fields = code.text().split("\\|", -1);
        assertThat(fields).hasSize(6);
        assertThat(fields[0]).isEqualTo(idNumber);
        assertThat(fields[1]).isEqualTo("NGUYEN VAN DUC");
        assertThat(fields[2]).isEqualTo("1990-05-17");
        assertThat(fields[3]).isEqualTo("0");
        assertThat(fields[4]).isEqualTo(Long.toString(personId));
        String[] extensions = fields[5].split("<", -1);
        assertThat(extensions).hasSize(5);
        assertThat(extensions[0]).as("no proxy for oneself").isEmpty();
        assertThat(extensions[1]).isEqualTo("1");
        assertThat(extensions[2]).isEmpty();
        assertThat(extensions[3]).isEqualTo(phone);
        assertThat(extensions[4]).matches("GZ1\\.S\\.\\d+\\.[A-Za-z0-9_-]{86}");
        assertThat(code.expiresAt()).isEqualTo(code.issuedAt().plusSeconds(120));
        assertThat(code.expiresAt()).isAfter(Instant.now().plusSeconds(100));

        ScannedQr scanned = codes.read(code.text());
        assertThat(scanned).isEqualTo(new ScannedQr(ScannedQr.Source.SCREEN, personId, null, idNumber, "NGUYEN VAN DUC",
                LocalDate.of(1990, 5, 17), Gender.MALE, phone));
    }

    @Test
    void aDependantsCodeIsDeclaredOnBehalfWithTheGuardianAsProxy() {
        Dependant child = dependants.declare("Lê Thị Hoa", LocalDate.of(2016, 2, 29), Gender.FEMALE, null, "con gái");

        PersonalQr code = codes.current(child.id());

        String[] fields = code.text().split("\\|", -1);
        assertThat(fields).hasSize(6);
        assertThat(fields[0]).isEmpty();
        assertThat(fields[1]).isEqualTo("LE THI HOA");
        assertThat(fields[2]).isEqualTo("2016-02-29");
        assertThat(fields[3]).isEqualTo("1");
        assertThat(fields[4]).isEqualTo("D" + child.id());
        assertThat(fields[5].split("<", -1)[0]).isEqualTo(Long.toString(personId));
        assertThat(fields[5].split("<", -1)[1]).isEqualTo("0");
        assertThat(code.dependantId()).isEqualTo(child.id());

        ScannedQr scanned = codes.read(code.text());
        assertThat(scanned.source()).isEqualTo(ScannedQr.Source.SCREEN);
        assertThat(scanned.dependantId()).isEqualTo(child.id());
        assertThat(scanned.personId()).isNull();
        assertThat(dependants.find(child.id()).guardianId()).isEqualTo(personId);
    }

    @Test
    void aNameIsNeededBeforeAnyCode() {
        assertRefused(() -> codes.current(null), 409, "qr.profile-incomplete");
        assertRefused(() -> codes.print(null), 409, "qr.profile-incomplete");
    }

    @Test
    void aCodePastItsExpiryIsAScreenshot() {
        String unsigned = NationalQrText.write(randomIdNumber(), "Trần An", LocalDate.of(1985, 1, 2), false,
                Long.toString(personId), "", Gender.OTHER, phone);
        String stale = seal.screen(unsigned, Instant.now().minusSeconds(1));
        assertRefused(() -> codes.read(stale), 400, "qr.expired");

        String fresh = seal.screen(unsigned, Instant.now().plusSeconds(60));
        assertThat(codes.read(fresh).personId()).isEqualTo(personId);
    }

    @Test
    void anAlteredNameOrSignatureIsForged() {
        people.updateMyProfile("Phạm Minh", null, null, null, null);
        String text = codes.current(null).text();
        assertThat(codes.read(text).fullName()).isEqualTo("PHAM MINH");

        assertRefused(() -> codes.read(text.replace("PHAM MINH", "PHAM MINK")), 400, "qr.forged");
        int middle = text.length() - 40;
        char flipped = text.charAt(middle) == 'A' ? 'B' : 'A';
        String badSignature = text.substring(0, middle) + flipped + text.substring(middle + 1);
        assertRefused(() -> codes.read(badSignature), 400, "qr.forged");
        String longerExpiry = text.replaceFirst("GZ1\\.S\\.(\\d+)\\.", "GZ1.S.9$1.");
        assertRefused(() -> codes.read(longerExpiry), 400, "qr.forged");
        assertRefused(() -> codes.read(text.substring(0, text.lastIndexOf('.'))), 400, "qr.forged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "079090001234|NGUYEN AN|1990-01-01|0|12", "079090001234|NGUYEN AN|1990-13-01|0|12|",
            "079090001234|NGUYEN AN|01/01/1990|0|12|", "079090001234|NGUYEN AN|1990-01-01|2|12|",
            "079090001234|NGUYEN AN|1990-01-01|0|12||extra", "079090001234||1990-01-01|0|12|", "hello world"})
    void malformedTextsAreRefused(String text) {
        assertRefused(() -> codes.read(text), 400, "qr.malformed");
    }

    @Test
    void fiveKilobytesOfJunkAreMalformed() {
        assertRefused(() -> codes.read("|".repeat(5) + "x".repeat(5 * 1024)), 400, "qr.malformed");
        assertRefused(() -> codes.read(null), 400, "qr.malformed");
    }

    @Test
    void anotherAppsCodeIsMatchedByIdNumberOrCarriesItsFields() {
        String idNumber = randomIdNumber();
        people.updateMyProfile("Võ Thị Sáu", LocalDate.of(1933, 1, 1), Gender.FEMALE, idNumber, null);

        ScannedQr matched = codes.read(idNumber + "|VO THI SAU|1933-01-01|0|PC-COVID-77|<0<HS401234<0911222333");
        assertThat(matched).isEqualTo(new ScannedQr(ScannedQr.Source.FOREIGN, personId, null, idNumber, "VO THI SAU",
                LocalDate.of(1933, 1, 1), Gender.FEMALE, "0911222333"));
        assertThat(codes.read(idNumber.toLowerCase() + "|VO THI SAU||0|x|").personId()).isEqualTo(personId);

        String stranger = randomIdNumber();
        ScannedQr unmatched = codes.read(stranger + "|NGUYEN VAN B|2001-12-31|1|x|9<1");
        assertThat(unmatched).isEqualTo(new ScannedQr(ScannedQr.Source.FOREIGN, null, null, stranger, "NGUYEN VAN B",
                LocalDate.of(2001, 12, 31), Gender.MALE, null));
    }

    @Test
    void aPrintedCodeIsValidUntilRevoked() {
        people.updateMyProfile("Đặng Thu Thảo", LocalDate.of(1970, 8, 8), Gender.FEMALE, null, null);
        PersonalQr printed = codes.print(null);
        assertThat(printed.expiresAt()).isNull();
        assertThat(printed.text()).contains("<GZ1.P." + printed.printedId() + ".");
        assertThat(codes.printed()).extracting(PersonalQr::printedId).containsExactly(printed.printedId());
        assertThat(codes.printed().getFirst().text()).isEqualTo(printed.text());

        ScannedQr scanned = codes.read(printed.text());
        assertThat(scanned.source()).isEqualTo(ScannedQr.Source.PRINTED);
        assertThat(scanned.personId()).isEqualTo(personId);
        assertThat(jdbc.sql("select count(*) from printed_qr where id = :id and text = :text")
                .param("id", printed.printedId()).param("text", printed.text()).query(Long.class).single()).isOne();

        codes.revokePrinted(printed.printedId());
        assertRefused(() -> codes.read(printed.text()), 410, "qr.revoked");
        assertThat(codes.printed()).isEmpty();
    }

    @Test
    void onlyTheGuardianReachesADependantAndRemovalRevokesTheirPrintedCodes() {
        Dependant grandmother = dependants.declare("  Bùi   Thị  Lành ", LocalDate.of(1940, 3, 3), null, "079140000001", "bà");
        assertThat(grandmother.fullName()).isEqualTo("Bùi Thị Lành");
        assertThat(dependants.mine()).containsExactly(grandmother);
        PersonalQr printed = codes.print(grandmother.id());
        assertThat(codes.read(printed.text()).dependantId()).isEqualTo(grandmother.id());

        signInAs(randomPhone());
        assertRefused(() -> dependants.requireMine(grandmother.id()), 404, "dependant.not-found");
        assertRefused(() -> codes.current(grandmother.id()), 404, "dependant.not-found");
        assertRefused(() -> dependants.remove(grandmother.id()), 404, "dependant.not-found");
        assertRefused(() -> codes.revokePrinted(printed.printedId()), 404, "qr.printed-not-found");
        assertThat(codes.read(printed.text()).source()).isEqualTo(ScannedQr.Source.PRINTED);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(personId, international(phone)), null, List.of()));
        dependants.remove(grandmother.id());
        assertThat(dependants.mine()).isEmpty();
        assertThat(dependants.find(grandmother.id()).fullName()).as("history still names them").isEqualTo("Bùi Thị Lành");
        assertRefused(() -> codes.read(printed.text()), 410, "qr.revoked");
        assertRefused(() -> codes.current(grandmother.id()), 404, "dependant.not-found");
    }

    @Test
    void aDependantIsValidatedLikeAProfile() {
        assertRefused(() -> dependants.declare(" ", null, null, null, null), 400, "person.name-invalid");
        assertRefused(() -> dependants.declare("A", LocalDate.now().plusDays(1), null, null, null), 400, "person.birth-date-invalid");
        assertRefused(() -> dependants.declare("A", null, null, "12-34", null), 400, "person.id-number-invalid");
        assertRefused(() -> dependants.declare("A", null, null, null, "x".repeat(51)), 400, "dependant.relationship-invalid");
        assertThat(dependants.mine()).isEmpty();
    }

    @Test
    void aPipeInANameNeverShiftsTheFields() {
        Dependant odd = dependants.declare("Tran|An<Binh", null, null, null, null);
        String[] fields = codes.current(odd.id()).text().split("\\|", -1);
        assertThat(fields).hasSize(6);
        assertThat(fields[1]).isEqualTo("TRANAN<BINH");
        assertThat(fields[2]).isEmpty();
    }
}
