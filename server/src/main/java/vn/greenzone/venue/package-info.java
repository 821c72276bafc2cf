/**
 * Check-in venues ("điểm kiểm dịch"): registration with one QR per location, signed posters, the
 * staff and reader devices a venue's owner authorises, and privileged venues granted by health officials.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Venues")
package vn.greenzone.venue;
