package vn.greenzone.geo.web;

import vn.greenzone.geo.AdministrativeUnit;

/** A unit as the API shows it, with its full name ("Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước"). */
record UnitView(String code, String name, String type, int level, String parentCode, String fullName) {

    static UnitView of(AdministrativeUnit unit, String placeName) {
        return new UnitView(unit.code(), unit.name(), unit.type(), unit.level(), unit.parentCode(), placeName);
    }
}
