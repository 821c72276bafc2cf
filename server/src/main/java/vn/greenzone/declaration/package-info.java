/**
 * Health declarations (tờ khai y tế): the daily declaration of the whole population, the domestic travel
 * declaration and the entry declaration, made by a person for themself, by a guardian for a dependant or
 * by a checkpoint's staff for a traveller; the list of flagged declarations for health officials, the
 * status shown at the door, and the numbers per day and unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health declarations")
package vn.greenzone.declaration;
