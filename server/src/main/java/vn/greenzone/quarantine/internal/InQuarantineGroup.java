package vn.greenzone.quarantine.internal;

import org.springframework.stereotype.Component;

import vn.greenzone.outreach.RecipientGroup;

/**
 * Campaigns to the people in an active quarantine in the campaign's units: to whoever reads the texts (the
 * person, or the guardian of a dependant), as every other quarantine SMS goes.
 */
@Component
class InQuarantineGroup implements RecipientGroup {

    @Override
    public String key() {
        return "IN_QUARANTINE";
    }

    @Override
    public String recipientsSql() {
        return """
                select p.phone, p.full_name as name, null as language
                from quarantine q join person p on p.id = q.reader_id
                where q.status = 'ACTIVE' and q.unit_code in (:units)""";
    }
}
