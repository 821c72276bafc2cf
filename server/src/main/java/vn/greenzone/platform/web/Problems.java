package vn.greenzone.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details whose title and detail are in the user's language. */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail create(HttpStatusCode status, String code, Object[] arguments, Locale locale, String path) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://greenzone.vn/problems/" + code));
        problem.setTitle(title(status, locale));
        problem.setDetail(messages.getMessage("problem." + code, arguments, code, locale));
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // A path Tomcat refused may hold anything; the problem is still worth sending without it.
        }
        problem.setProperty("code", code);
        return problem;
    }

    String title(HttpStatusCode status, Locale locale) {
        return messages.getMessage("status." + status.value(), null, "HTTP " + status.value(), locale);
    }

    String detail(String code, Object[] arguments, Locale locale) {
        return messages.getMessage("problem." + code, arguments, code, locale);
    }

    /** The stable code for a status when no more specific one is known. */
    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 411 -> "length-required";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            default -> status.is4xxClientError() ? "bad-request" : "internal-error";
        };
    }
}
