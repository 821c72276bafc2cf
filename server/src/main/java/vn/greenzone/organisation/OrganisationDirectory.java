package vn.greenzone.organisation;

import java.util.List;

/** The organisations of a part of the unit tree, with their coverage. */
public interface OrganisationDirectory {

    /** The organisations registered in the unit or any unit below it, by name. */
    List<OrganisationCoverage> inSubtree(String unitCode);
}
