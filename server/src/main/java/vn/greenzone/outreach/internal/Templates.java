package vn.greenzone.outreach.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.greenzone.platform.ProblemException;

/** Campaign templates: the variables they may use, the check of a new one, and filling one in for a person. */
public final class Templates {

    /** {@code {name}}: the person's name (or a greeting word when unknown); {@code {link}}: the app's address. */
    static final Set<String> VARIABLES = Set.of("name", "link");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    private Templates() {
    }

    /** Refuses an empty template (400 naming {@code field}), an unknown variable (400 naming it) and an overlong one. */
    public static void check(String field, String template, int maxLength) {
        if (template == null || template.isBlank()) {
            throw ProblemException.badFields("campaign.empty-template", java.util.List.of(field));
        }
        if (template.strip().length() > maxLength) {
            throw ProblemException.badRequest("campaign.template-too-long", maxLength);
        }
        Matcher variables = VARIABLE.matcher(template);
        while (variables.find()) {
            if (!VARIABLES.contains(variables.group(1))) {
                throw ProblemException.badRequest("campaign.unknown-variable", variables.group(), String.join(", ",
                        VARIABLES.stream().sorted().map(name -> "{" + name + "}").toList()));
            }
        }
    }

    public static String render(String template, String name, String link) {
        return template.replace("{name}", name).replace("{link}", link);
    }
}
