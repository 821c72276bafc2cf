package vn.greenzone.exposurenotification;

import vn.greenzone.exposurenotification.internal.GaenCipher;

/**
 * The derivations of the Exposure Notification cryptography specification, one value at a time.
 * Convenient and thread-safe, but each call sets up its own JCA objects: bulk matching uses
 * {@link ExposureMatcher}, which keeps them for a whole batch.
 */
public final class GaenCrypto {

    private GaenCrypto() {
    }

    public static byte[] rpik(byte[] tek) {
        byte[] out = new byte[16];
        new GaenCipher().rpik(tek, out);
        return out;
    }

    public static byte[] aemk(byte[] tek) {
        byte[] out = new byte[16];
        new GaenCipher().aemk(tek, out);
        return out;
    }

    /** RPI = AES-128(RPIK, "EN-RPI" ‖ 0x000000000000 ‖ ENIntervalNumber as little-endian uint32). */
    public static byte[] rpi(byte[] rpik, int interval) {
        byte[] out = new byte[16];
        new GaenCipher().rpis(rpik, interval, 1, out);
        return out;
    }

    /** Encrypts or decrypts the 4 bytes of Bluetooth metadata; AES-CTR is its own inverse. */
    public static byte[] aem(byte[] aemk, byte[] rpi, byte[] metadata) {
        return new GaenCipher().aem(aemk, rpi, metadata);
    }

    /** Version 1.0 metadata: version byte, TX power in dBm as a signed byte, two reserved bytes. */
    public static byte[] metadata(int txPowerDbm) {
        return new byte[] {0x40, (byte) txPowerDbm, 0, 0};
    }
}
