package vn.greenzone.exposurenotification;

/**
 * The sightings of one device during one Bluetooth scan.
 *
 * @param secondsSinceLastScan how long this scan stands for: the time since the phone's previous scan
 */
public record ScanInstance(int minAttenuationDb, int typicalAttenuationDb, int secondsSinceLastScan) {
}
