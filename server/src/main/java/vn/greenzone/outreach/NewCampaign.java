package vn.greenzone.outreach;

/**
 * A campaign as its author asks for it. {@code weekly} repeats it on the configured weekly schedule unless
 * {@code schedule} names another (a six-field cron expression); otherwise it is sent once.
 */
public record NewCampaign(String name, String unitCode, String group, Long caseId, String templateVi,
        String templateEn, boolean weekly, String schedule) {
}
