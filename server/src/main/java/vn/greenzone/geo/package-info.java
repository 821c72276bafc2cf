/**
 * Administrative units: a tree of any depth (country, province, district, commune in 2021; two levels
 * after the 2025 reform), searched with or without Vietnamese diacritics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
package vn.greenzone.geo;
