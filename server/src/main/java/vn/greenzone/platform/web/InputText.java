package vn.greenzone.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import vn.greenzone.platform.ProblemException;

/**
 * The one check every text a client sends passes: JSON strings as they are read, form fields and query
 * parameters before a controller sees them. Control characters are refused (PostgreSQL cannot store NUL,
 * and none of them belongs in a name or an address), and so is half of a surrogate pair, which the
 * database encoder would silently turn into "?". Tab, line feed and carriage return pass everywhere:
 * notes are typed in text areas with several lines, and single-line fields collapse whitespace in their
 * own rules anyway.
 */
final class InputText {

    private InputText() {
    }

    static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Every JSON string of a request body, so no endpoint can forget. */
    static SimpleModule jsonModule() {
        return new SimpleModule("greenzone-input-text").addDeserializer(String.class, new CheckedStrings());
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !acceptable(text)) {
                throw new Refused(parser);
            }
            return text;
        }
    }

    /** Raised inside Jackson, which adds the path of the field; {@link #field} reads it back. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser) {
            super(parser, "control character or lone surrogate in a string", String.class);
        }

        /** The field as a client names it: {@code name}, or {@code scans[0].qr} inside lists. */
        String field() {
            var path = new StringBuilder();
            for (JacksonException.Reference reference : getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
    }

    /** Form fields and query parameters, for every controller; static files ignore their parameters. */
    static final class ParameterCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod) {
                List<String> refused = request.getParameterMap().entrySet().stream()
                        .filter(parameter -> !acceptable(parameter.getKey())
                                || !Arrays.stream(parameter.getValue()).allMatch(InputText::acceptable))
                        .map(Map.Entry::getKey)
                        .map(InputText::printable)
                        .toList();
                if (!refused.isEmpty()) {
                    throw ProblemException.badFields("invalid-characters", refused);
                }
            }
            return true;
        }
    }

    /** A parameter's name as it can be shown back, should the name itself be what is wrong. */
    private static String printable(String name) {
        return name.codePoints().filter(c -> acceptable(Character.toString(c)))
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}
