package vn.greenzone.exposurenotification;

import java.util.Arrays;
import java.util.HexFormat;

/** What a phone broadcasts over Bluetooth in one interval: the RPI and its encrypted metadata. */
public record Advertisement(byte[] rpi, byte[] aem) {

    public Advertisement {
        if (rpi.length != 16 || aem.length != 4) {
            throw new IllegalArgumentException("an RPI is 16 bytes and an AEM 4 bytes");
        }
        rpi = rpi.clone();
        aem = aem.clone();
    }

    @Override
    public byte[] rpi() {
        return rpi.clone();
    }

    @Override
    public byte[] aem() {
        return aem.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Advertisement a && Arrays.equals(rpi, a.rpi) && Arrays.equals(aem, a.aem);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rpi);
    }

    @Override
    public String toString() {
        return "Advertisement[" + HexFormat.of().formatHex(rpi) + "]";
    }
}
