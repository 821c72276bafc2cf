package vn.greenzone.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them, so one oversized JSON
 * document cannot fill the heap. Bodies without a declared length are
 * refused, as their size is only known after reading them.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Enough for a reader device's batch of 1,000 scans. */
    static final long DEFAULT_LIMIT = 512 * 1024;
    /** Uploads of files (an inspection's photo of up to 5 MB, a business-registry list) may be larger. */
    static final long UPLOAD_LIMIT = 6L * 1024 * 1024;
    static final List<String> UPLOAD_PATHS = List.of("/api/v1/inspections/*/photo", "/safety/venues/*/inspections",
            "/api/v1/safety/registry-imports", "/safety/registry");
    /** A staff roster of 100,000 rows as CSV with Vietnamese names is about 6 MB. */
    static final long ROSTER_LIMIT = 16L * 1024 * 1024;
    static final List<String> ROSTER_PATHS = List.of("/api/v1/organisations/*/roster", "/organisations/*/roster");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long limit;

    RequestSizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        // the paths only for a body over the common limit: matching them cost every small request a few per cent
        if (declared > limit && declared > allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
            response.sendError(HttpStatus.LENGTH_REQUIRED.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private long allowed(String path) {
        if (ROSTER_PATHS.stream().anyMatch(pattern -> PATHS.match(pattern, path))) {
            return Math.max(limit, ROSTER_LIMIT);
        }
        return UPLOAD_PATHS.stream().anyMatch(pattern -> PATHS.match(pattern, path)) ? Math.max(limit, UPLOAD_LIMIT) : limit;
    }
}
