package vn.greenzone.organisation;

/** One group of a roster against its target (null when the group has none). */
public record GroupCoverage(MemberGroup group, long members, long registered, long declared, Integer target) {

    public int registeredPercent() {
        return members == 0 ? 0 : (int) (registered * 100 / members);
    }

    /** Below its target: fewer than target percent of the group registered. */
    public boolean belowTarget() {
        return target != null && registered * 100 < (long) target * members;
    }
}
