package vn.greenzone.hotline;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.hotline.internal.DeskAccess;
import vn.greenzone.hotline.internal.DeskSetup;
import vn.greenzone.hotline.internal.EscalationJob;
import vn.greenzone.hotline.internal.Intake;

/**
 * The hotline desk for other modules: the menu asks whether someone works at it, and the demo sets it up and
 * logs calls through the same rules as the pages. Every call acts as the signed-in person.
 */
@Service
public class Hotline {

    private final Intake intake;
    private final DeskSetup setup;
    private final DeskAccess desk;
    private final EscalationJob escalation;

    Hotline(Intake intake, DeskSetup setup, DeskAccess desk, EscalationJob escalation) {
        this.intake = intake;
        this.setup = setup;
        this.desk = desk;
        this.escalation = escalation;
    }

    /** True when the signed-in person is the head or a member of an agency: their queue is at the desk. */
    public boolean servesAnAgency() {
        return !desk.myAgencies().isEmpty();
    }

    /** Logs a call as the signed-in operator; returns the item's id. */
    public long log(NewItem item) {
        return intake.log(item).id();
    }

    /** Adds an agency as the signed-in supervisor of its unit; returns its id. */
    public long addAgency(String unitCode, String name, String headPhone, List<String> memberPhones) {
        return setup.addAgency(new DeskSetup.NewAgency(unitCode, name, headPhone, memberPhones));
    }

    /** Routes a category on a unit (and below it) to an agency, as the signed-in supervisor. */
    public void route(String categoryCode, String unitCode, long agencyId) {
        setup.saveRule(categoryCode, unitCode, agencyId);
    }

    /** Runs the escalation job now rather than at its next minute. */
    public int escalateDue() {
        return escalation.run();
    }
}
