package vn.greenzone.reporting;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.greenzone.reporting.internal.ChainViews;
import vn.greenzone.reporting.internal.Schedules;
import vn.greenzone.reporting.internal.Submissions;

/** The daily report chain as other modules (and the demo) use it, acting as the signed-in person. */
@Service
public class ReportChain {

    private final Submissions submissions;
    private final ChainViews views;
    private final Schedules schedules;

    ReportChain(Submissions submissions, ChainViews views, Schedules schedules) {
        this.submissions = submissions;
        this.views = views;
        this.schedules = schedules;
    }

    /** The next version of the unit's own report of the day; 403 unless the person administers the unit. */
    public Report submit(LocalDate day, String unitCode, NewReport report) {
        return submissions.submitForUnit(day, unitCode, report);
    }

    /** The next version of an organisation's report of the day; 403 unless the person is its head. */
    public Report submitForOrganisation(LocalDate day, String unitCode, long organisationId, NewReport report) {
        return submissions.submitForOrganisation(day, unitCode, organisationId, report);
    }

    /** The unit's day: its own report and who below it has submitted, is late or missing. */
    public ChainState state(LocalDate day, String unitCode) {
        return views.state(day, unitCode);
    }

    /** The cut-off times of the province the unit lies in. */
    public ReportSchedule schedule(String unitCode) {
        return schedules.of(unitCode);
    }

    public ReportSchedule saveSchedule(ReportSchedule schedule) {
        return schedules.save(schedule);
    }
}
