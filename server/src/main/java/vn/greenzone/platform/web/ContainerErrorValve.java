package vn.greenzone.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the requests Tomcat refuses before the application sees them (an encoded slash or a broken
 * escape in the path, a request line or headers over the size limit) the way the application answers:
 * a problem detail for the API, a page with the site's header for browsers, in the user's language.
 * It replaces Tomcat's ErrorReportValve, whose HTML page no API client can read.
 */
final class ContainerErrorValve extends ErrorReportValve {

    private static final Pattern LANGUAGE_COOKIE = Pattern.compile("(?:^|;)\\s*" + WebConfiguration.LANGUAGE_COOKIE + "=([^;]+)");

    private final Problems problems;
    private final MessageSource messages;
    private final JsonMapper json;

    ContainerErrorValve(Problems problems, MessageSource messages, JsonMapper json) {
        this.problems = problems;
        this.messages = messages;
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
                Locale locale = pageLocale(request.getHeader("Cookie"));
                write(response, MediaType.TEXT_HTML_VALUE, locale, page(status, code, locale));
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

    /** The language a browser chose with {@code ?lang=}, remembered in its cookie; Vietnamese otherwise. */
    private static Locale pageLocale(String cookies) {
        Matcher language = LANGUAGE_COOKIE.matcher(cookies == null ? "" : cookies);
        return language.find() && language.group(1).trim().startsWith("en") ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
    }

    /** The error template's page, written by hand: no template engine can run outside the application. */
    private String page(HttpStatusCode status, String code, Locale locale) {
        String title = escape(problems.title(status, locale));
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Greenzone</title><link rel="stylesheet" href="/css/greenzone.css"></head>
                <body><header class="topbar" id="topbar"><a class="brand" href="/">Greenzone</a>
                <button type="button" class="menu-button" aria-controls="site-menu" aria-expanded="false">☰ %s</button>
                <div class="site-menu" id="site-menu"><nav class="menu"><a href="/">%s</a></nav></div></header>
                <script src="/js/menu.js"></script>
                <main class="page error-page"><h1><span class="status">%d</span> <span>%s</span></h1><p>%s</p>
                <p><a href="/">%s</a></p></main>
                <footer class="footer">%s</footer></body></html>
                """.formatted(locale.getLanguage(), title, text("shell.menu", locale), text("nav.home", locale), status.value(), title,
                escape(problems.detail(code, new Object[0], locale)), text("shell.backHome", locale),
                text("shell.footer", locale));
    }

    private String text(String key, Locale locale) {
        return escape(messages.getMessage(key, null, key, locale));
    }

    /** Only what HTML needs escaped; Vietnamese letters stay as they are in UTF-8. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
