package vn.greenzone.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.HolderStatus;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PersonalQr;
import vn.greenzone.identity.PersonalQrCodes;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The person's own QR on screen (refreshed by htmx), and their printed codes. */
@Controller
class PersonalQrPageController {

    private final PersonalQrCodes codes;
    private final People people;
    private final Dependants dependants;
    private final FormRefusals refusals;
    private final ObjectProvider<HolderStatus> statuses;

    PersonalQrPageController(PersonalQrCodes codes, People people, Dependants dependants, FormRefusals refusals,
            ObjectProvider<HolderStatus> statuses) {
        this.codes = codes;
        this.people = people;
        this.dependants = dependants;
        this.refusals = refusals;
        this.statuses = statuses;
    }

    @GetMapping("/me/qr")
    String page(@RequestParam(required = false) Long dependant, HttpServletResponse response, Locale locale,
            Model model) {
        model.addAttribute("dependants", dependants.mine());
        model.addAttribute("selected", dependant);
        try {
            model.addAttribute("card", card(codes.current(dependant)));
            model.addAttribute("status", status(dependant, locale));
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
        }
        return "identity/qr";
    }

    /** The code alone, which the page fetches again every 60 s. */
    @GetMapping("/me/qr/code")
    String code(@RequestParam(required = false) Long dependant, Locale locale, Model model) {
        model.addAttribute("card", card(codes.current(dependant)));
        model.addAttribute("status", status(dependant, locale));
        return "identity/qr :: code";
    }

    /** What the installed modules say about the holder (declared today?), refreshed with the code. */
    private List<HolderStatus.Line> status(Long dependant, Locale locale) {
        long me = people.me().id();
        return statuses.orderedStream().map(status -> status.of(me, dependant, locale)).toList();
    }

    /** A printed code in the list, with whom it is for. */
    record PrintedRow(PersonalQr code, String holder, String issued) {
    }

    @GetMapping("/me/qr/print")
    String printed(Model model) {
        String myName = people.me().fullName();
        List<Dependant> mine = dependants.mine();
        Map<Long, String> names = mine.stream().collect(Collectors.toMap(Dependant::id, Dependant::fullName));
        model.addAttribute("dependants", mine);
        model.addAttribute("printed", codes.printed().stream()
                .map(code -> new PrintedRow(code, code.dependantId() == null ? myName : names.get(code.dependantId()),
                        QrCard.dateTime(code.issuedAt())))
                .toList());
        return "identity/qr-print";
    }

    @PostMapping("/me/qr/print")
    String print(@RequestParam(required = false) Long dependant, HttpServletResponse response, Model model) {
        try {
            return "redirect:/me/qr/print/" + codes.print(dependant).printedId();
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
            return printed(model);
        }
    }

    /** One printed code, laid out for an A4 sheet. */
    @GetMapping("/me/qr/print/{id}")
    String printable(@PathVariable long id, Model model) {
        PersonalQr code = codes.printed().stream().filter(printed -> printed.printedId() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("qr.printed-not-found"));
        model.addAttribute("card", card(code));
        return "identity/qr-printed";
    }

    @PostMapping("/me/qr/printed/{id}/revoke")
    String revoke(@PathVariable long id) {
        codes.revokePrinted(id);
        return "redirect:/me/qr/print?revoked";
    }

    private QrCard card(PersonalQr code) {
        return code.dependantId() == null ? QrCard.of(code, people.me())
                : QrCard.of(code, dependants.requireMine(code.dependantId()));
    }
}
