package vn.greenzone.organisation;

/**
 * One group of a roster against its target (null when the group has none): below it when fewer than target percent
 * of the group are registered.
 */
public record GroupCoverage(MemberGroup group, long members, long registered, long declared, Integer target,
        int registeredPercent, boolean belowTarget) {

    public static GroupCoverage of(MemberGroup group, long members, long registered, long declared, Integer target) {
        return new GroupCoverage(group, members, registered, declared, target,
                members == 0 ? 0 : (int) (registered * 100 / members),
                target != null && registered * 100 < (long) target * members);
    }
}
