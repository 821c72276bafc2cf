/**
 * Check-in and check-out at venues, four ways (self scan of the poster, staff scan of a personal QR,
 * manual entry, reader-device batches), the live list of a venue, retention by day partitions, abuse
 * flags and the daily numbers reporting needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-in")
package vn.greenzone.checkin;
