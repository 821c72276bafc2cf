package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesKeepTheFamilyNameAndInitials() {
        assertThat(Masking.name("Nguyễn Văn An")).isEqualTo("NGUYEN V** A*");
        assertThat(Masking.name("  Đặng   Ngọc Ánh ")).isEqualTo("DANG N*** A**");
        assertThat(Masking.name("Lý")).isEqualTo("LY");
        assertThat(Masking.name(null)).isEmpty();
    }

    @Test
    void phonesShowOnlyTheirEnds() {
        assertThat(Masking.phone("0912345678")).isEqualTo("09******78");
        assertThat(Masking.phone("123")).isEqualTo("***");
    }

    @Test
    void idNumbersShowOnlyTheirLastFourCharacters() {
        assertThat(Masking.idNumber("070190123456")).isEqualTo("********3456");
        assertThat(Masking.idNumber("B1234567")).isEqualTo("****4567");
        assertThat(Masking.idNumber("")).isEmpty();
    }

    @Test
    void foldingRemovesEveryVietnameseDiacritic() {
        assertThat(VietnameseText.fold("Đồng Xoài, Bù Gia Mập, Lộc Ninh, Hớn Quản")).isEqualTo("Dong Xoai, Bu Gia Map, Loc Ninh, Hon Quan");
        assertThat(VietnameseText.searchKey("  Thị xã  Phước-Long ")).isEqualTo("thi xa phuoc long");
    }
}
