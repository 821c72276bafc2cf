package vn.greenzone.organisation;

import java.util.List;

/** An organisation as its head and the administrators above see it: the count and each group against its target. */
public record OrganisationDetail(Organisation organisation, String placeName, List<GroupCoverage> groups,
        boolean head) {
}
