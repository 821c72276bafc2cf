package vn.greenzone.hotline.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.hotline.NewItem;
import vn.greenzone.hotline.Status;
import vn.greenzone.hotline.Urgency;
import vn.greenzone.hotline.internal.Catalogue;
import vn.greenzone.hotline.internal.DeskAccess;
import vn.greenzone.hotline.internal.DeskSetup;
import vn.greenzone.hotline.internal.DeskStats;
import vn.greenzone.hotline.internal.DeskViews;
import vn.greenzone.hotline.internal.Intake;
import vn.greenzone.hotline.internal.ItemActions;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/**
 * The desk's pages: the queue with its countdown (an agency's, or the desk's of a unit with the supervisor's
 * red rows), the operator's form for a call, one item with its history and actions, and the statistics.
 */
@Controller
class DeskPageController {

    private final DeskAccess desk;
    private final DeskViews views;
    private final Intake intake;
    private final ItemActions actions;
    private final DeskStats stats;
    private final DeskSetup setup;
    private final Catalogue catalogue;
    private final FormRefusals refusals;
    private final HotlineProperties properties;

    DeskPageController(DeskAccess desk, DeskViews views, Intake intake, ItemActions actions, DeskStats stats,
            DeskSetup setup, Catalogue catalogue, FormRefusals refusals, HotlineProperties properties) {
        this.desk = desk;
        this.views = views;
        this.intake = intake;
        this.actions = actions;
        this.stats = stats;
        this.setup = setup;
        this.catalogue = catalogue;
        this.refusals = refusals;
        this.properties = properties;
    }

    /** One menu entry for everyone: the desk for those who work at it, the citizen's choices for the others. */
    @GetMapping("/hotline")
    String start() {
        return desk.deskUnit().isPresent() || !desk.myAgencies().isEmpty() ? "redirect:/hotline/queue" : "hotline/landing";
    }

    @GetMapping("/hotline/queue")
    String queue(@RequestParam(required = false) Long agency, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean unrouted, Model model) {
        DeskViews.Queue queue = views.queue(agency, unit, unrouted);
        model.addAttribute("queue", queue);
        model.addAttribute("unrouted", unrouted);
        model.addAttribute("agencies", desk.myAgencies());
        model.addAttribute("deskUnit", desk.deskUnit().orElse(null));
        model.addAttribute("zone", properties.zone());
        return "hotline/queue";
    }

    @GetMapping("/hotline/new")
    String newItem(@RequestParam(required = false) String unit, Model model) {
        return form(desk.workingUnit(unit), new Typed(null, null, "", "", false), model);
    }

    /** What the operator typed, shown again with a refusal. */
    record Typed(String categoryCode, String unitCode, String description, String callerPhone, boolean urgent) {
    }

    @PostMapping("/hotline/new")
    String log(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "") String categoryCode,
            @RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String callerPhone, @RequestParam(defaultValue = "false") boolean urgent,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String deskUnit = desk.workingUnit(unit);
        try {
            Intake.Logged logged = intake.log(new NewItem(categoryCode, unitCode, description, callerPhone,
                    urgent ? Urgency.URGENT : Urgency.NORMAL, null));
            redirect.addFlashAttribute("trackingCode", logged.trackingCode());
            return "redirect:/hotline/items/" + logged.id();
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            return form(deskUnit, new Typed(categoryCode, unitCode, description, callerPhone, urgent), model);
        }
    }

    private String form(String deskUnit, Typed typed, Model model) {
        desk.requireDesk(deskUnit);
        model.addAttribute("deskUnit", deskUnit);
        model.addAttribute("typed", typed.unitCode() == null
                ? new Typed(typed.categoryCode(), deskUnit, typed.description(), typed.callerPhone(), typed.urgent())
                : typed);
        model.addAttribute("categories", catalogue.categories());
        return "hotline/new";
    }

    @GetMapping("/hotline/items/{id}")
    String item(@PathVariable long id, Model model) {
        return show(views.item(id), model);
    }

    @PostMapping("/hotline/items/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long agencyId,
            HttpServletResponse response, Model model) {
        try {
            actions.change(id, new ItemActions.Change(status == null || status.isBlank() ? null : status, note, agencyId));
            return "redirect:/hotline/items/" + id + "?saved";
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            return show(views.item(id), model);
        }
    }

    private String show(DeskViews.Item item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("zone", properties.zone());
        model.addAttribute("statuses", List.of(Status.ASSIGNED, Status.IN_PROGRESS, Status.HANDLED, Status.CLOSED));
        boolean supervisor = desk.supervises(item.unitCode());
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("routable", supervisor ? setup.agencies(item.unitCode()) : List.of());
        return "hotline/item";
    }

    @GetMapping("/hotline/stats")
    String stats(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        model.addAttribute("stats", stats.of(desk.workingUnit(unit), from, to));
        return "hotline/stats";
    }
}
