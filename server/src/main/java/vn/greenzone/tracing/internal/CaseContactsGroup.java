package vn.greenzone.tracing.internal;

import org.springframework.stereotype.Component;

import vn.greenzone.outreach.RecipientGroup;

/**
 * Campaigns to the contacts a tracer confirmed for one case of the campaign's units: the number the tracer
 * noted, else the registered person's.
 */
@Component
class CaseContactsGroup implements RecipientGroup {

    @Override
    public String key() {
        return "CASE_CONTACTS";
    }

    @Override
    public boolean needsCase() {
        return true;
    }

    @Override
    public String recipientsSql() {
        return """
                select coalesce(c.phone, p.phone) as phone, coalesce(c.full_name, p.full_name) as name, null as language
                from trace_contact c
                join trace_case k on k.id = c.case_id
                left join person p on p.id = c.person_id
                where c.case_id = :caseId and k.unit_code in (:units) and c.decision = 'CONFIRMED'
                  and coalesce(c.phone, p.phone) is not null""";
    }
}
