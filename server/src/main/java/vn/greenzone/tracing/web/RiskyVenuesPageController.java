package vn.greenzone.tracing.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.greenzone.tracing.TracingProperties;

/** The public list of risky venues and times (no sign-in): places and what to do, never a person. */
@Controller
class RiskyVenuesPageController {

    private final RiskyVenues riskyVenues;
    private final TracingProperties properties;

    RiskyVenuesPageController(RiskyVenues riskyVenues, TracingProperties properties) {
        this.riskyVenues = riskyVenues;
        this.properties = properties;
    }

    @GetMapping("/risky-venues")
    String page(Locale locale, Model model) {
        model.addAttribute("venues", riskyVenues.published(locale));
        model.addAttribute("zone", properties.zone());
        return "tracing/risky-venues";
    }
}
