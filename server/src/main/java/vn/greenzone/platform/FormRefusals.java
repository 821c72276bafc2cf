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
}
