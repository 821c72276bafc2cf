package vn.greenzone.organisation;

/**
 * A group's target in force in a unit: percent, and the unit that set it (null for the seeds' default); a unit
 * without its own inherits the nearest above.
 */
public record GroupTarget(MemberGroup group, Integer percent, String setInUnit, boolean own) {
}
