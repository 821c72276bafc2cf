package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.QrCodes;
import vn.greenzone.TestHttp;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.QrImages;
import vn.greenzone.venue.internal.PosterTokens;

/** The printed poster scans back to its URL, is big enough to scan from a distance, and dies when rotated. */
class VenuePosterTest extends VenueTestSupport {

    private static final float DPI = 120;
    private static final double CM_PER_INCH = 2.54;

    @Autowired
    Venues venues;

    @Autowired
    PosterTokens tokens;

    @Test
    void thePdfPosterScansToThePosterUrlAtLeastFifteenCentimetresWide() throws Exception {
        TestHttp.Token owner = owner();
        Map<String, Object> fields = venue("Số 21 Đường " + uniqueStreet());
        fields.put("name", "Nhà hàng Hương Sen – Đồng Xoài");
        long id = registerVenue(owner, fields);
        String posterUrl = venues.posterUrl(id);

        byte[] pdf = bytes("/api/v1/venues/" + id + "/poster.pdf", "Authorization", "Bearer " + owner.token(),
                "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nhà hàng Hương Sen – Đồng Xoài").contains("Phường Tân Phú")
                    .contains("Thành phố Đồng Xoài").contains("Tỉnh Bình Phước").contains("Nhà hàng, quán ăn")
                    .contains("Quét mã để khai báo khi vào / ra").contains("Scan to check in");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            Result result = QrCodes.decode(page);
            assertThat(result.getText()).isEqualTo(posterUrl);
            ResultPoint[] points = result.getResultPoints();
            // Points 1 and 2 are the centres of the top-left and top-right finder patterns, (n - 7) modules apart.
            int modules = QrImages.matrix(posterUrl).getWidth() - 2 * QrImages.QUIET_ZONE;
            double centresApart = ResultPoint.distance(points[1], points[2]);
            double symbolCm = centresApart / (modules - 7) * modules / DPI * CM_PER_INCH;
            assertThat(symbolCm).isGreaterThanOrEqualTo(15.0).isLessThan(21.0);
        }

        // The page's download is for staff too.
        String staffPhone = TestHttp.randomPhone();
        http().post("/api/v1/venues/" + id + "/staff").bearer(owner.token()).json(Map.of("phone", staffPhone)).send();
        String session = http().signInBrowser(staffPhone).session();
        byte[] png = bytes("/venues/" + id + "/poster.png", "Cookie", TestHttp.SESSION_COOKIE + "=" + session, "image/png");
        assertThat(QrCodes.decode(ImageIO.read(new ByteArrayInputStream(png))).getText()).isEqualTo(posterUrl);
    }

    @Test
    void rotatingVoidsTheOldPosterAndTamperingIsForgery() {
        TestHttp.Token owner = owner();
        long id = registerVenue(owner, venue("Số 23 Đường " + uniqueStreet()));
        String old = venues.posterUrl(id);
        String fresh = http().post("/api/v1/venues/" + id + "/rotate").bearer(owner.token()).send().json()
                .path("posterUrl").asString();
        refused(old, 410, "venue.qr-rotated");
        assertThat(venues.fromPoster(fresh).id()).isEqualTo(id);

        String token = fresh.substring(fresh.lastIndexOf('/') + 1);
        for (int index : new int[] {0, 9, 11, 12, 50, 75}) {
            byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
            bytes[index] ^= 0x01;
            refused(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), 400, "venue.qr-forged");
        }

        refused(tokens.url(Long.MAX_VALUE, 1), 404, "venue.not-found");
        assertProblem(http().get("/api/v1/venues/" + id + "/poster.pdf").bearer(owner().token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/venues/" + id + "/poster.png").send(), 401, "unauthenticated");
    }

    private void refused(String poster, int status, String code) {
        try {
            venues.fromPoster(poster);
            throw new AssertionError(poster + " was accepted");
        } catch (ProblemException refused) {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status().value()).isEqualTo(status);
        }
    }

    /** A file download, with a bearer token (API) or a session cookie (page). */
    private byte[] bytes(String path, String header, String value, String type) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", TestHttp.randomAddress()).header(header, value);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        return response.body();
    }
}
