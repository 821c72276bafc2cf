package vn.greenzone.organisation;

/**
 * A roster's member as a list shows them: name and phone masked unless the viewer asked to see them in full (and
 * that view was audited); registered and declared as of the organisation's last count.
 */
public record RosterMember(long id, int line, String name, String phone, MemberGroup group, boolean registered,
        boolean declared) {
}
