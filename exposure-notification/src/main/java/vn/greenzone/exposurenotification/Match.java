package vn.greenzone.exposurenotification;

/**
 * A sighting whose RPI was derived from a diagnosis key, within the allowed time of its interval.
 *
 * @param txPowerDbm the transmitter's announced TX power, read from the decrypted AEM
 * @param attenuationDb TX power − RSSI: the signal lost on the way, a proxy for distance
 */
public record Match(TemporaryExposureKey key, Sighting sighting, int interval, int txPowerDbm, int attenuationDb) {
}
