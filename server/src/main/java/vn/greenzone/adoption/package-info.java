/**
 * Adoption figures per administrative unit and day: Greenzone's own registered users, imported installs of an
 * external app, smartphones from the telecom operators, residents; targets with deadlines; dashboards and the
 * public publication. Other modules read measured figures through {@link vn.greenzone.adoption.AdoptionFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adoption figures and targets")
package vn.greenzone.adoption;
