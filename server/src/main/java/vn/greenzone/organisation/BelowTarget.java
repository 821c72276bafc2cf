package vn.greenzone.organisation;

/** An organisation's group below its target: members, registered, their percent and the target. */
public record BelowTarget(long organisationId, String name, String unitCode, MemberGroup group, long members,
        long registered, int percent, int target) {
}
