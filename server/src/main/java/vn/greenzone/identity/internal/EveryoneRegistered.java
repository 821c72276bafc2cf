package vn.greenzone.identity.internal;

import org.springframework.stereotype.Component;

import vn.greenzone.outreach.RecipientGroup;

/** Campaigns to everyone registered with a residence in the campaign's units. */
@Component
class EveryoneRegistered implements RecipientGroup {

    @Override
    public String key() {
        return "EVERYONE";
    }

    @Override
    public String recipientsSql() {
        // the profile keeps no language yet: null, and outreach writes in Vietnamese
        return "select phone, full_name as name, null as language from person where residence_unit in (:units)";
    }
}
