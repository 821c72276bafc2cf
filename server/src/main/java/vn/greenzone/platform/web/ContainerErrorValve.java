package vn.greenzone.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the requests Tomcat refuses before the application sees them (an encoded slash or a broken
 * escape in the path, a request line or headers over the size limit) the way the application answers:
 * a problem detail for the API, a page with the site's header for browsers, in the user's language.
 * It replaces Tomcat's ErrorReportValve, whose HTML page no API client can read.
 */
final class ContainerErrorValve extends ErrorReportValve {

    private final Problems problems;
    private final PlainErrorPage pages;
    private final JsonMapper json;

    ContainerErrorValve(Problems problems, PlainErrorPage pages, JsonMapper json) {
        this.problems = problems;
        this.pages = pages;
        this.json = json;
    }

    /** Takes the place of the host's ErrorReportValve (Spring Boot's, or the one Tomcat adds when it starts). */
    void install(Host host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ContainerErrorValve.class.getName());
        }
        host.getPipeline().addValve(this);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // The same guards as Tomcat's: only errors, only once, only while the connection can still take a body.
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !ioAllowed.get()
                || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode status = HttpStatusCode.valueOf(response.getStatus());
        // A request line too long to read has no path: such requests come from programs, not from links.
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = path.isEmpty() || path.startsWith("/api/");
        String code = status.value() == 400 ? "malformed-request" : Problems.codeFor(status);
        try {
            if (api) {
                Locale locale = WebConfiguration.apiLocale(request.getHeader("Accept-Language"));
                write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, locale,
                        json.writeValueAsString(problems.create(status, code, new Object[0], locale, path)));
            } else {
                Locale locale = PlainErrorPage.locale(request.getHeader("Cookie"));
                write(response, MediaType.TEXT_HTML_VALUE, locale, pages.render(status, code, locale));
            }
        } catch (IOException | RuntimeException e) {
            containerLog.warn("Could not write the error response", e);
        }
    }

    private static void write(Response response, String contentType, Locale locale, String body) throws IOException {
        response.setContentType(contentType + ";charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }
}
