package vn.greenzone.adoption;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greenzone.adoption}. The cron expressions are read by the jobs themselves
 * ({@code greenzone.adoption.publication-cron}, {@code greenzone.adoption.snapshot-cron}); they are listed here so
 * that they are documented and bound in one place.
 */
@ConfigurationProperties("greenzone.adoption")
public record AdoptionProperties(
        /** The province's clock: which day it is, when the morning publication runs. */
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        /** When the previous day's figures are frozen and published (seed 001: installs/smartphones by 08:00). */
        @DefaultValue("0 0 8 * * *") String publicationCron,
        /** When the day's count of registered users is taken, late enough to hold the whole day. */
        @DefaultValue("0 55 23 * * *") String snapshotCron,
        /** Rows an import file may hold: every commune of a large province with a week of days fits. */
        @DefaultValue("20000") int maxImportRows) {
}
