package vn.greenzone.reporting;

import java.time.Instant;

/**
 * What a reporter submits. Installs and smartphones may be left empty when nobody counted them; an organisation
 * reports its roster size and how many of it are registered (its users). {@code reason} is required when a figure
 * differs from the measured one. {@code receivedAt} is for a parent unit's administrator who writes up a report that
 * reached them another way (a Zalo message, a call) at that time, at most 48 hours ago.
 */
public record NewReport(Long users, Long installs, Long smartphones, Long rosterSize, String reason, Instant receivedAt) {

    public static NewReport of(Long users, Long installs, Long smartphones, String reason) {
        return new NewReport(users, installs, smartphones, null, reason, null);
    }
}
