package vn.greenzone.exposure.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import vn.greenzone.exposure.internal.UploadTiming;

/**
 * Times key uploads from the request's arrival, before any other filter, to their answer: real uploads
 * answered 200 feed the durations fakes copy, and fakes, answered on an async dispatch, report how long
 * that took after their timer fired. Timing from arrival rather than from the controller counts the web
 * stack's own queueing, which an observer on the network sees too.
 */
class UploadTimingFilter implements Filter {

    private static final String ARRIVED = UploadTimingFilter.class.getName() + ".arrived";
    private static final String FAKE_FIRES = UploadTimingFilter.class.getName() + ".fakeFires";

    private final UploadTiming timing;

    UploadTimingFilter(UploadTiming timing) {
        this.timing = timing;
    }

    /** When the request arrived, in {@link System#nanoTime()}; now, if it did not pass this filter. */
    static long arrived(HttpServletRequest request) {
        return request.getAttribute(ARRIVED) instanceof Long arrived ? arrived : System.nanoTime();
    }

    /** Marks the request as a fake upload answered on an async dispatch once its timer fires at the given time. */
    static void fakeFires(HttpServletRequest request, long firesNanos) {
        request.setAttribute(FAKE_FIRES, firesNanos);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        if (http.getDispatcherType() == DispatcherType.REQUEST) {
            http.setAttribute(ARRIVED, System.nanoTime());
        }
        chain.doFilter(request, response);
        if (http.isAsyncStarted()) {
            return; // answered later, on the async dispatch
        }
        if (http.getAttribute(FAKE_FIRES) instanceof Long fires) {
            timing.answeredFake(fires);
        } else if (http.getDispatcherType() == DispatcherType.REQUEST
                && ((HttpServletResponse) response).getStatus() == HttpStatus.OK.value()) {
            timing.answeredReal(arrived(http));
        }
    }
}
