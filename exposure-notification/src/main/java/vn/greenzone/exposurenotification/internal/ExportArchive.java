package vn.greenzone.exposurenotification.internal;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.MALFORMED_ZIP;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.MISSING_ENTRY;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.TOO_LARGE;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.UNEXPECTED_ENTRY;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.greenzone.exposurenotification.ExposureDataException;
import vn.greenzone.exposurenotification.ExportLimits;

/**
 * The zip around an export: exactly {@code export.bin} and {@code export.sig}. Reading stops at the
 * configured size of each entry, counting inflated bytes as they come, so a zip bomb or a lying size
 * field costs at most the limit; anything else in the archive is refused.
 */
public final class ExportArchive {

    public static final String BIN = "export.bin";
    public static final String SIG = "export.sig";

    public record Entries(byte[] exportBin, byte[] exportSig) {
    }

    private ExportArchive() {
    }

    public static byte[] zip(byte[] exportBin, byte[] exportSig) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(exportBin.length + exportSig.length + 512);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BIN));
            zip.write(exportBin);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SIG));
            zip.write(exportSig);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Entries unzip(InputStream in, ExportLimits limits) throws IOException {
        byte[] bin = null;
        byte[] sig = null;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            while (bin == null || sig == null) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    throw new ExposureDataException(MISSING_ENTRY, "the archive needs " + BIN + " and " + SIG + " (is it a zip at all?)");
                }
                if (BIN.equals(entry.getName()) && bin == null) {
                    bin = readCapped(zip, entry, limits.maxExportBytes());
                } else if (SIG.equals(entry.getName()) && sig == null) {
                    sig = readCapped(zip, entry, limits.maxSignatureBytes());
                } else {
                    throw new ExposureDataException(UNEXPECTED_ENTRY, "unexpected or repeated entry \"" + entry.getName() + "\"");
                }
            }
        } catch (ZipException | EOFException e) {
            throw new ExposureDataException(MALFORMED_ZIP, e.getMessage(), e);
        }
        return new Entries(bin, sig);
    }

    private static byte[] readCapped(InputStream in, ZipEntry entry, int max) throws IOException {
        long declared = entry.getSize();
        if (declared > max) {
            throw new ExposureDataException(TOO_LARGE, entry.getName() + " declares " + declared + " bytes, limit " + max);
        }
        byte[] buffer = new byte[declared >= 0 ? (int) declared : Math.min(max, 64 * 1024)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                int probe = in.read();
                if (probe < 0) {
                    return buffer;
                }
                if (buffer.length >= max) {
                    throw new ExposureDataException(TOO_LARGE, entry.getName() + " is larger than the limit of " + max + " bytes");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max, Math.max(16L, buffer.length * 2L)));
                buffer[length++] = (byte) probe;
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return Arrays.copyOf(buffer, length);
            }
            length += read;
        }
    }
}
