package vn.greenzone.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Shows a refusal on the form that caused it: the fitting status and the message in the user's language. */
@Component
public class FormRefusals {

    private final MessageSource messages;

    FormRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Sets the status and puts the message in the model as {@code error}. */
    public void show(ProblemException refused, HttpServletResponse response, Model model) {
        response.setStatus(refused.status().value());
        if (refused.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
        }
        model.addAttribute("error", messages.getMessage("problem." + refused.code(), refused.arguments(),
                LocaleContextHolder.getLocale()));
    }

    /**
     * Shows a refusal on the page that caused it. Who may not act, or what does not exist, gets the error
     * page instead, unless {@code onForm}: then only "not signed in" does (a typed person or venue that does
     * not exist, or a four-eyes rule, belongs on the form).
     */
    public void showOrRethrow(ProblemException refused, HttpServletResponse response, Model model, boolean onForm) {
        int status = refused.status().value();
        if (status == 401 || !onForm && (status == 403 || status == 404)) {
            throw refused;
        }
        show(refused, response, model);
    }
}
