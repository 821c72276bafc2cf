package vn.greenzone.quarantine.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.quarantine.Place;
import vn.greenzone.quarantine.QuarantineProperties;
import vn.greenzone.quarantine.internal.Enrolment;
import vn.greenzone.quarantine.internal.QuarantineClock;
import vn.greenzone.quarantine.internal.StoredQuarantine;
import vn.greenzone.tracing.Cases;

/**
 * The enrolment form: anyone by phone, ID number or as a dependant, or, opened from a contact's page in
 * tracing, that confirmed contact with the start at their exposure and their residence as the home's commune.
 */
@Controller
class EnrolPageController {

    private static final int FACILITIES = 100;

    private final Enrolment enrolment;
    private final Cases cases;
    private final People people;
    private final OfficerUnits officerUnits;
    private final UnitDirectory units;
    private final FormRefusals refusals;
    private final QuarantineClock clock;
    private final QuarantineProperties properties;

    EnrolPageController(Enrolment enrolment, Cases cases, People people, OfficerUnits officerUnits, UnitDirectory units,
            FormRefusals refusals, QuarantineClock clock, QuarantineProperties properties) {
        this.enrolment = enrolment;
        this.cases = cases;
        this.people = people;
        this.officerUnits = officerUnits;
        this.units = units;
        this.refusals = refusals;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/quarantine/new")
    String form(@RequestParam(required = false) String unit, @RequestParam(required = false) Long contact, Model model) {
        LocalDate today = clock.today();
        EnrolForm form = EnrolForm.empty(today.toString(), end(today));
        if (contact != null) {
            Cases.ContactSummary summary = cases.contact(contact);
            LocalDate exposed = summary.exposureStart() == null ? today
                    : LocalDate.ofInstant(summary.exposureStart(), clock.zone());
            LocalDate start = exposed.isAfter(today) ? today : exposed;
            String residence = summary.personId() == null ? null : people.find(summary.personId()).residenceUnit();
            form = form.withContact(contact, residence, start.toString(), end(start));
        }
        return show(unit, form, model);
    }

    @PostMapping("/quarantine/new")
    String enrol(@ModelAttribute("form") EnrolForm form, @RequestParam(required = false) String unit,
            HttpServletResponse response, Model model) {
        try {
            StoredQuarantine q = enrolment.enrol(new NewQuarantine(form.who(), form.where(), FormInput.date(form.startDate()),
                    FormInput.date(form.plannedEnd()), officer(form.officerPhone())));
            return "redirect:/quarantine/" + q.id() + "?enrolled";
        } catch (ProblemException refused) {
            // A person, facility or unit that does not exist, or a unit outside theirs, belongs on the form.
            refusals.showOrRethrow(refused, response, model, true);
            return show(unit, form, model);
        }
    }

    private String show(String unit, EnrolForm form, Model model) {
        String code = officerUnits.of(unit);
        model.addAttribute("unit", units.require(code));
        model.addAttribute("form", form);
        model.addAttribute("facilities", enrolment.facilitiesIn(code, FACILITIES));
        model.addAttribute("places", Place.values());
        model.addAttribute("lengthDays", properties.length().toDays());
        if ("CONTACT".equals(form.by()) && form.contactId() != null) {
            Cases.ContactSummary contact = cases.contact(FormInput.id(form.contactId(), "contactId"));
            model.addAttribute("contact", contact);
            model.addAttribute("contactName", maskedName(contact));
        }
        return "quarantine/enrol";
    }

    /** The contact as lists show them: a registered person by their profile's name, masked. */
    private String maskedName(Cases.ContactSummary contact) {
        if (contact.personId() != null) {
            Person person = people.find(contact.personId());
            return person.fullName() == null ? person.phone().masked() : Masking.name(person.fullName());
        }
        return Masking.name(contact.fullName());
    }

    private Long officer(String typedPhone) {
        return FormInput.blank(typedPhone) ? null : people.findByPhone(PhoneNumber.parse(typedPhone)).map(Person::id)
                .orElseThrow(() -> ProblemException.badRequest("quarantine.officer-invalid"));
    }

    private String end(LocalDate start) {
        return start.plusDays(properties.length().toDays()).toString();
    }
}
