package vn.greenzone.outreach;

/**
 * Who may run campaigns where, answered by identity (which holds the roles and depends on outreach, so the
 * question is asked through this interface rather than by a dependency the other way).
 */
public interface CampaignAccess {

    /**
     * The signed-in person's id when they may manage campaigns on {@code unitCode} (a unit administrator on
     * it or above, or a national administrator); a 404 problem for an unknown unit, 401 or 403 otherwise.
     */
    long requireManager(String unitCode);

    /** The unit a campaign page opens on: the one asked for, else the signed-in manager's own (403 without). */
    String workingUnit(String requested);
}
