package vn.greenzone.tracing.web;

import vn.greenzone.tracing.internal.CaseService;

/**
 * The "record a case" form as the browser posts it, every field text so a refusal shows it as typed.
 * {@code by} says how the subject is named: PHONE or ID_NUMBER ({@code lookup}), or NEW (the new-person fields).
 */
record CaseForm(String by, String lookup, String newName, String newPhone, String newIdNumber, String newAddress,
        String unitCode, String sampleDate, String onsetDate, String isolationDate, String source, String notes) {

    static CaseForm empty() {
        return new CaseForm("PHONE", null, null, null, null, null, null, null, null, null, null, null);
    }

    CaseService.SubjectRef subject() {
        return switch (by == null ? "PHONE" : by) {
            case "ID_NUMBER" -> new CaseService.SubjectRef(null, null, null, PageInput.text(lookup), null);
            case "NEW" -> new CaseService.SubjectRef(null, null, null, null, new CaseService.NewPerson(newName,
                    PageInput.text(newPhone), PageInput.text(newIdNumber), newAddress, null));
            default -> new CaseService.SubjectRef(null, null, PageInput.text(lookup), null, null);
        };
    }

    CaseService.CaseDates dates() {
        return new CaseService.CaseDates(PageInput.date(sampleDate), PageInput.date(onsetDate),
                PageInput.date(isolationDate));
    }
}
