package vn.greenzone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What a phone camera does with a poster or a screen, for tests: render, find the QR, read it. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * The QR in the image, as a camera app would read it; an AssertionError when there is none. ZXing's
     * plain reader misplaces the alignment pattern of about one code in sixty, even on a perfect image;
     * its multi-code reader tries other finder-pattern combinations and reads those, as phone apps do.
     */
    public static Result decode(BufferedImage image) {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(bitmap, hints);
        } catch (NotFoundException | ChecksumException | FormatException plainReaderFailed) {
            try {
                return new QRCodeMultiReader().decodeMultiple(bitmap, hints)[0];
            } catch (NotFoundException e) {
                throw new AssertionError("No readable QR code in the " + image.getWidth() + "×" + image.getHeight()
                        + " image", e);
            }
        }
    }

    /** The first page of a PDF as a printer at {@code dpi} would put it on paper. */
    public static BufferedImage renderFirstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
