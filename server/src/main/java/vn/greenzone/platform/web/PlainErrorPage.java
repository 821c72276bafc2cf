package vn.greenzone.platform.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.util.HtmlUtils;

/**
 * The error template's page, written by hand for answers given where no template engine runs: in Tomcat's
 * valve, and in the filter answering while the database is down (the templates read the session from it).
 */
final class PlainErrorPage {

    private static final Pattern LANGUAGE_COOKIE = Pattern.compile("(?:^|;)\\s*" + WebConfiguration.LANGUAGE_COOKIE + "=([^;]+)");

    private final Problems problems;
    private final MessageSource messages;

    PlainErrorPage(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** The language a browser chose with {@code ?lang=}, remembered in its cookie; Vietnamese otherwise. */
    static Locale locale(String cookies) {
        Matcher language = LANGUAGE_COOKIE.matcher(cookies == null ? "" : cookies);
        return language.find() && language.group(1).trim().startsWith("en") ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
    }

    String render(HttpStatusCode status, String code, Locale locale) {
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
