package vn.greenzone.safety.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.greenzone.platform.ProblemException;

/** The criteria answers of a page's form: one radio group per criterion, named prefix + criterion key. */
final class FormAnswers {

    private FormAnswers() {
    }

    /** The answers by criterion key; anything but a whole number is out of range (400). */
    static Map<String, Integer> of(Map<String, String> parameters, String prefix) {
        var answers = new LinkedHashMap<String, Integer>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                String key = name.substring(prefix.length());
                try {
                    answers.put(key, Integer.parseInt(value.strip()));
                } catch (NumberFormatException notANumber) {
                    throw ProblemException.badRequest("safety.answer-out-of-range", key);
                }
            }
        });
        return answers;
    }

    /** The answers as the form sent them, to tick again after a refusal; what is not 0, 1 or 2 is left out. */
    static Map<String, Integer> typed(Map<String, String> parameters, String prefix) {
        var answers = new LinkedHashMap<String, Integer>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(prefix) && value.matches("[0-2]")) {
                answers.put(name.substring(prefix.length()), Integer.parseInt(value));
            }
        });
        return answers;
    }
}
