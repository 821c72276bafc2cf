package vn.greenzone.exposure.internal;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;

/**
 * What every export file is, wherever it is stored: a path of a region folder and a file name, a media type,
 * and how long a phone or a CDN may cache it. A file never changes once written, so it may be cached for a
 * year; the index changes every hour, so it is cached for five minutes.
 */
public final class ExportFiles {

    /** Region folder and file name: nothing else can be read or written, so no path escapes the folder. */
    private static final Pattern PATH = Pattern.compile("[A-Z]{2,8}/[0-9A-Za-z][0-9A-Za-z.-]{0,63}");
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private ExportFiles() {
    }

    /** Whether a path names an export file or an index that a storage may hold. */
    public static boolean isExportPath(String path) {
        return PATH.matcher(path).matches() && !path.contains("..");
    }

    /** The path itself if it names an export file or an index; refused otherwise. */
    static String checked(String path) {
        if (!isExportPath(path)) {
            throw new IllegalArgumentException("not an export path: " + path);
        }
        return path;
    }

    public static MediaType contentType(String path) {
        return isIndex(path) ? MediaType.TEXT_PLAIN : ZIP;
    }

    public static CacheControl cacheControl(String path) {
        return isIndex(path) ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                : CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    }

    private static boolean isIndex(String path) {
        return path.endsWith("/" + KeyExports.INDEX);
    }
}
