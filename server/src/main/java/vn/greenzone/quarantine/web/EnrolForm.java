package vn.greenzone.quarantine.web;

import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.quarantine.Place;

/**
 * The enrolment form as the browser posts it, every field text so a refusal shows it as typed. {@code by}
 * says how the person is named: CONTACT (from tracing), PHONE or ID_NUMBER ({@code lookup}), or DEPENDANT
 * ({@code lookup} is the guardian's phone, with the dependant's name).
 */
record EnrolForm(String by, String contactId, String lookup, String fullName, String dependantName, String place,
        String unitCode, String street, String facilityId, String startDate, String plannedEnd, String officerPhone) {

    EnrolForm withContact(long contact, String residence, String start, String end) {
        return new EnrolForm("CONTACT", Long.toString(contact), null, null, null, place, residence, null, null, start,
                end, null);
    }

    static EnrolForm empty(String start, String end) {
        return new EnrolForm("PHONE", null, null, null, null, Place.HOME.name(), null, null, null, start, end, null);
    }

    NewQuarantine.Who who() {
        String typed = FormInput.text(lookup);
        return switch (by == null ? "PHONE" : by) {
            case "CONTACT" -> new NewQuarantine.Who(FormInput.id(contactId, "contactId"), null, null, null, null, null, null);
            case "ID_NUMBER" -> new NewQuarantine.Who(null, null, null, typed, null, null, null);
            case "DEPENDANT" -> new NewQuarantine.Who(null, null, null, null, null, typed, FormInput.text(dependantName));
            default -> new NewQuarantine.Who(null, typed, FormInput.text(fullName), null, null, null, null);
        };
    }

    NewQuarantine.Where where() {
        Place chosen = Place.FACILITY.name().equals(place) ? Place.FACILITY : Place.HOME.name().equals(place) ? Place.HOME : null;
        return new NewQuarantine.Where(chosen, FormInput.text(unitCode), street, FormInput.id(facilityId, "facilityId"));
    }
}
