package vn.greenzone.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them, so one oversized JSON
 * document cannot fill the heap. Bodies without a declared length are
 * refused, as their size is only known after reading them.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Enough for a reader device's batch of 1,000 scans. */
    static final long DEFAULT_LIMIT = 512 * 1024;

    private final long limit;

    RequestSizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        if (declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
            response.sendError(HttpStatus.LENGTH_REQUIRED.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
