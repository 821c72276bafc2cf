package vn.greenzone.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/** The one error template, shared by refusals in controllers and by the servlet container's errors. */
final class ErrorPage {

    private ErrorPage() {
    }

    static ModelAndView view(HttpStatusCode status, String title, String detail) {
        var view = new ModelAndView("error", Map.of("status", status.value(), "title", title, "detail", detail));
        view.setStatus(status);
        return view;
    }
}
