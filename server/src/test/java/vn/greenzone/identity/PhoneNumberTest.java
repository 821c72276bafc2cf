package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.greenzone.platform.ProblemException;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "84912345678", "+84 91 234 5678", "091.234.5678",
            "0084912345678", " 0912-345-678 "})
    void spellingsOfOneNumberAreOneNumber(String typed) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.international()).isEqualTo("+84912345678");
        assertThat(phone.national()).isEqualTo("0912345678");
        assertThat(phone.masked()).isEqualTo("09******78");
    }

    @ParameterizedTest
    @CsvSource({"0312345678,+84312345678", "0523456789,+84523456789", "0701234567,+84701234567",
            "0861234567,+84861234567"})
    void everyMobilePrefixIsAccepted(String typed, String expected) {
        assertThat(PhoneNumber.parse(typed).international()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345|phone.invalid", "abc|phone.invalid", "0212345678|phone.invalid", "091234567|phone.invalid",
            "09123456789|phone.invalid", "+1 202 555 0143|phone.foreign", "+33612345678|phone.foreign",
            "0012025550143|phone.foreign", "' '|phone.missing"})
    void malformedAndForeignNumbersAreRefusedWithAReason(String typed, String code) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code())
                .isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void nullIsMissing() {
        assertThatThrownBy(() -> PhoneNumber.parse(null)).extracting(e -> ((ProblemException) e).code())
                .isEqualTo("phone.missing");
    }
}
