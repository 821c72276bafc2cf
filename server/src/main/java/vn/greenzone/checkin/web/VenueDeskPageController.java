package vn.greenzone.checkin.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.greenzone.checkin.internal.CheckinService;
import vn.greenzone.checkin.internal.LiveFeed;
import vn.greenzone.checkin.internal.RecordedVisit;
import vn.greenzone.checkin.internal.StoredVisit;
import vn.greenzone.checkin.internal.VisitViews;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** The venue's desk for its owner and staff: the live list, the camera scanner and manual entry. */
@Controller
class VenueDeskPageController {

    private final Venues venues;
    private final CheckinService checkins;
    private final LiveFeed feed;
    private final VisitViews views;
    private final AccessControl access;
    private final FormRefusals refusals;
    private final DeclarationAtTheDoor declarations;

    VenueDeskPageController(Venues venues, CheckinService checkins, LiveFeed feed, VisitViews views,
            AccessControl access, FormRefusals refusals, DeclarationAtTheDoor declarations) {
        this.venues = venues;
        this.checkins = checkins;
        this.feed = feed;
        this.views = views;
        this.access = access;
        this.refusals = refusals;
        this.declarations = declarations;
    }

    @GetMapping("/venues/{id}/live")
    String live(@PathVariable long id, Model model) {
        Venue venue = venues.requireStaff(id);
        model.addAttribute("venue", venue);
        model.addAttribute("visits", feed.snapshot(venue, access.current().personId()));
        model.addAttribute("zone", vn.greenzone.checkin.CheckinStatistics.ZONE);
        return "checkin/live";
    }

    @GetMapping(path = "/venues/{id}/live/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable long id) {
        return feed.subscribe(venues.requireStaff(id), access.current().personId());
    }

    @GetMapping("/venues/{id}/scan")
    String scanner(@PathVariable long id, Model model) {
        model.addAttribute("venue", venues.requireStaff(id));
        return "checkin/scan";
    }

    @PostMapping("/venues/{id}/scan")
    String scan(@PathVariable long id, @RequestParam(defaultValue = "") String qr, HttpServletResponse response,
            Locale locale, Model model) {
        Venue venue = venues.requireStaff(id);
        model.addAttribute("venue", venue);
        try {
            RecordedVisit visit = checkins.staffScan(id, qr);
            model.addAttribute("recorded", recorded(visit));
            StoredVisit stored = checkins.recorded(visit);
            // Whom they scanned, so staff can match the face: masked, or in full (audited) at a privileged venue.
            model.addAttribute("visitor", views.show(List.of(stored), venue, access.current().personId(), "staff scan")
                    .getFirst());
            declarations.line(stored, venue, locale).ifPresent(line -> model.addAttribute("declaration", line));
        } catch (ProblemException refused) {
            refusals.show(refused, response, model);
        }
        return "checkin/scan";
    }

    @GetMapping("/venues/{id}/manual")
    String manualForm(@PathVariable long id, Model model) {
        model.addAttribute("venue", venues.requireStaff(id));
        return "checkin/manual";
    }

    @PostMapping("/venues/{id}/manual")
    String manual(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletResponse response,
            Model model) {
        model.addAttribute("venue", venues.requireStaff(id));
        try {
            model.addAttribute("recorded", recorded(checkins.manualEntry(id, form.get("name"), form.get("phone"),
                    form.get("idNumber"))));
        } catch (ProblemException refused) {
            model.addAttribute("form", form);
            refusals.show(refused, response, model);
        }
        return "checkin/manual";
    }

    private static Map<String, Object> recorded(RecordedVisit visit) {
        return Map.of("id", visit.id(), "at", CheckinPageController.local(visit.checkedInAt()), "created", visit.created());
    }
}
