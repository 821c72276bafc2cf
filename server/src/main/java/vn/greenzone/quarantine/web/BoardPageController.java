package vn.greenzone.quarantine.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.Symptom;
import vn.greenzone.quarantine.internal.Board;
import vn.greenzone.quarantine.internal.BoardState;
import vn.greenzone.quarantine.internal.OfficerActions;
import vn.greenzone.quarantine.internal.QuarantineClock;
import vn.greenzone.quarantine.internal.QuarantineRepository;
import vn.greenzone.quarantine.internal.QuarantineViews;
import vn.greenzone.quarantine.internal.QuarantineWorkbook;
import vn.greenzone.quarantine.internal.ReportRepository;
import vn.greenzone.quarantine.internal.StoredQuarantine;

/** The quarantine officer's board of a unit, one quarantine's page, the one-click actions and the export. */
@Controller
class BoardPageController {

    private static final int PAGE = 50;

    private final Board board;
    private final OfficerActions actions;
    private final QuarantineViews views;
    private final QuarantineWorkbook workbook;
    private final QuarantineRepository quarantines;
    private final ReportRepository reports;
    private final People people;
    private final OfficerUnits officerUnits;
    private final UnitDirectory units;
    private final AccessControl access;
    private final FormRefusals refusals;
    private final QuarantineClock clock;

    BoardPageController(Board board, OfficerActions actions, QuarantineViews views, QuarantineWorkbook workbook,
            QuarantineRepository quarantines, ReportRepository reports, People people, OfficerUnits officerUnits,
            UnitDirectory units, AccessControl access, FormRefusals refusals, QuarantineClock clock) {
        this.board = board;
        this.actions = actions;
        this.views = views;
        this.workbook = workbook;
        this.quarantines = quarantines;
        this.reports = reports;
        this.people = people;
        this.officerUnits = officerUnits;
        this.units = units;
        this.access = access;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/quarantine")
    String board(@RequestParam(required = false) String unit, @RequestParam(required = false) BoardState state,
            @RequestParam(required = false) Place place, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "false") boolean full,
            HttpServletRequest request, Model model) {
        String code = officerUnits.of(unit);
        Board.Page page = board.read(filter(code, state, place, mine), after, PAGE);
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        model.addAttribute("unit", units.require(code));
        model.addAttribute("placeName", units.placeName(code));
        model.addAttribute("counts", page.counts());
        model.addAttribute("quarantines", views.views(page.items(), full, "quarantine board of unit " + code, "page " + here));
        model.addAttribute("nextAfter", page.nextAfter());
        model.addAttribute("state", state == null ? BoardState.ACTIVE : state);
        model.addAttribute("states", BoardState.values());
        model.addAttribute("place", place);
        model.addAttribute("places", Place.values());
        model.addAttribute("mine", mine);
        model.addAttribute("full", full);
        model.addAttribute("back", here);
        addChoices(model);
        return "quarantine/board";
    }

    @GetMapping("/quarantine/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full, Model model) {
        StoredQuarantine q = actions.require(id);
        List<QuarantineRepository.Event> history = quarantines.events(id);
        model.addAttribute("q", views.view(q, full, "page /quarantine/" + id + (full ? "?full=true" : "")));
        model.addAttribute("reports", reports.of(id));
        model.addAttribute("history", history);
        model.addAttribute("officers", officers(Stream.concat(Stream.of(q.officerId()),
                history.stream().map(QuarantineRepository.Event::by)).toList()));
        model.addAttribute("full", full);
        model.addAttribute("back", "/quarantine/" + id);
        addChoices(model);
        return "quarantine/detail";
    }

    @PostMapping("/quarantine/{id}/actions")
    String act(@PathVariable long id, @RequestParam(required = false) OfficerActions.Action action,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String days,
            @RequestParam(required = false) StoredQuarantine.EndReason reason, @RequestParam(defaultValue = "") String back,
            HttpServletResponse response, Model model) {
        try {
            actions.act(id, new OfficerActions.Input(action, note, days(days), reason));
            String to = back.startsWith("/quarantine") && !back.startsWith("//") ? back : "/quarantine/" + id;
            return "redirect:" + to + (to.contains("?") ? "&" : "?") + "done=" + action + "#q-" + id;
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, false);
            model.addAttribute("errorAt", "actions");
            return detail(id, false, model);
        }
    }

    @GetMapping("/quarantine/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit,
            @RequestParam(required = false) BoardState state, @RequestParam(required = false) Place place,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean full,
            Locale locale) {
        String code = officerUnits.of(unit);
        return QuarantineApiController.xlsx(code, workbook.write(filter(code, state, place, mine), full, locale,
                "page /quarantine/export.xlsx" + (full ? "?full=true" : "")));
    }

    private Board.Filter filter(String code, BoardState state, Place place, boolean mine) {
        return new Board.Filter(code, state, place, mine ? access.current().personId() : null);
    }

    private void addChoices(Model model) {
        model.addAttribute("zone", clock.zone());
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("reasons", StoredQuarantine.EndReason.values());
        model.addAttribute("actions", OfficerActions.Action.values());
    }

    /** Officials named on the page, masked as everywhere else. */
    private Map<Long, String> officers(List<Long> ids) {
        Map<Long, String> named = new HashMap<>();
        people.findAll(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach((personId, person) -> named.put(personId, views.officer(person)));
        return named;
    }

    private static Integer days(String typed) {
        try {
            return FormInput.blank(typed) ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("invalid-parameter", "days");
        }
    }
}
