package vn.greenzone.exposurenotification;

/**
 * Upper bounds the reader enforces before allocating, so that a hostile or broken file fails fast
 * instead of exhausting memory. The defaults leave room for the largest exports seen in practice
 * (a few hundred thousand keys, about 30 bytes each).
 */
public record ExportLimits(int maxExportBytes, int maxSignatureBytes, int maxKeys) {

    public ExportLimits {
        if (maxExportBytes < 16 || maxSignatureBytes < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ExportLimits defaults() {
        return new ExportLimits(64 * 1024 * 1024, 64 * 1024, 1_500_000);
    }
}
