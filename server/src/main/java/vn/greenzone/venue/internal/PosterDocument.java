package vn.greenzone.venue.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.QrImages;
import vn.greenzone.venue.Venue;

/**
 * The A4 poster a venue prints: its name, category and address, the QR drawn as vector squares (sharp
 * at any printer resolution) about 16 cm wide, and how to use it in Vietnamese and English.
 */
@Component
public class PosterDocument {

    /** The liberation font in PDFBox's own jar has every Vietnamese letter; embedded as a subset. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final float MARGIN = 36;
    /** The QR with its quiet zone spans this much of the page: 18.5 cm, so the code itself is over 15 cm. */
    private static final float QR_SPAN = 524;

    private final UnitDirectory units;
    private final MessageSource messages;

    PosterDocument(UnitDirectory units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    public byte[] pdf(Venue venue, String posterUrl) {
        try (var document = new PDDocument(); InputStream fontFile = PosterDocument.class.getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (var content = new PDPageContentStream(document, page)) {
                var writer = new Lines(content, font, width);
                float y = height - MARGIN - 20;
                String title = venue.branch() == null ? venue.name() : venue.name() + " – " + venue.branch();
                y = writer.centred(title, 24, y);
                y = writer.centred(label(venue, VIETNAMESE) + " · " + label(venue, Locale.ENGLISH), 13, y);
                y = writer.centred(text("venue.poster.instruction", VIETNAMESE), 16, y - 4);
                y = writer.centred(text("venue.poster.instruction", Locale.ENGLISH), 12, y);
                drawQr(content, posterUrl, (width - QR_SPAN) / 2, y - QR_SPAN);
                y = y - QR_SPAN - 6;
                y = writer.centred(venue.address(), 13, y);
                y = writer.centred(units.placeName(venue.unitCode()), 12, y);
                writer.centred(posterUrl, 6, y - 4);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Poster could not be written", e);
        }
    }

    public byte[] png(String posterUrl) {
        return QrImages.png(posterUrl, 12);
    }

    private static void drawQr(PDPageContentStream content, String text, float left, float bottom) throws IOException {
        BitMatrix matrix = QrImages.matrix(text);
        int n = matrix.getWidth();
        float module = QR_SPAN / n;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (matrix.get(x, y)) {
                    // A hair of overlap so renderers leave no seams between neighbouring squares.
                    content.addRect(left + x * module, bottom + (n - 1 - y) * module, module + 0.05f, module + 0.05f);
                }
            }
        }
        content.fill();
    }

    private String label(Venue venue, Locale locale) {
        return messages.getMessage(venue.category().labelKey(), null, venue.category().name(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Centred text lines, wrapped to the page width, leaving out characters the font cannot draw. */
    private static final class Lines {

        private final PDPageContentStream content;
        private final PDType0Font font;
        private final float pageWidth;

        Lines(PDPageContentStream content, PDType0Font font, float pageWidth) {
            this.content = content;
            this.font = font;
            this.pageWidth = pageWidth;
        }

        /** Writes the text from the baseline below {@code top}; returns where the next line may start. */
        float centred(String text, float size, float top) throws IOException {
            float y = top;
            for (String line : wrap(drawable(text), size)) {
                y -= size * 1.25f;
                float lineWidth = width(line, size);
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset((pageWidth - lineWidth) / 2, y);
                content.showText(line);
                content.endText();
            }
            return y - size * 0.3f;
        }

        private List<String> wrap(String text, float size) throws IOException {
            float available = pageWidth - 2 * MARGIN;
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= available || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private String drawable(String text) {
            var kept = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = Character.toString(codePoint);
                try {
                    font.encode(character);
                    kept.append(character);
                } catch (IOException | IllegalArgumentException notInFont) {
                    kept.append('?');
                }
            });
            return kept.toString();
        }
    }
}
