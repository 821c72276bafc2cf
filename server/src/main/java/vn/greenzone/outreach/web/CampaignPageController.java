package vn.greenzone.outreach.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.outreach.CampaignAccess;
import vn.greenzone.outreach.Campaigns;
import vn.greenzone.outreach.NewCampaign;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The campaign page of a unit: its campaigns with their counts, start and pause, and a form for a new one. */
@Controller
class CampaignPageController {

    /** The form as typed; {@code caseId} is text so that a letter typed there is a refusal on the form. */
    record CampaignForm(String name, String group, String caseId, String templateVi, String templateEn, boolean weekly) {

        static CampaignForm blank() {
            return new CampaignForm("", "EVERYONE", "", "Chào {name}, hãy cài Greenzone để nhận cảnh báo: {link}",
                    "Hello {name}, install Greenzone for alerts: {link}", true);
        }

        NewCampaign campaign(String unitCode) {
            Long caseNumber = null;
            if (caseId != null && !caseId.isBlank()) {
                try {
                    caseNumber = Long.parseLong(caseId.trim());
                } catch (NumberFormatException e) {
                    throw ProblemException.badFields("campaign.case-required", List.of("caseId"));
                }
            }
            return new NewCampaign(name, unitCode, group, caseNumber, templateVi, templateEn, weekly, null);
        }
    }

    private final Campaigns campaigns;
    private final CampaignAccess access;
    private final UnitDirectory units;
    private final FormRefusals refusals;

    CampaignPageController(Campaigns campaigns, CampaignAccess access, UnitDirectory units, FormRefusals refusals) {
        this.campaigns = campaigns;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
    }

    @GetMapping("/campaigns")
    String page(@RequestParam(required = false) String unit, Model model) {
        String code = access.workingUnit(unit);
        return show(code, CampaignForm.blank(), model);
    }

    @PostMapping("/campaigns")
    String create(@RequestParam String unit, @ModelAttribute CampaignForm form, HttpServletResponse response, Model model) {
        try {
            long id = campaigns.create(form.campaign(unit)).campaign().id();
            return "redirect:/campaigns?unit=" + unit + "#campaign-" + id;
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            return show(unit, form, model);
        }
    }

    @PostMapping("/campaigns/{id}/{action:start|pause}")
    String act(@PathVariable long id, @PathVariable String action) {
        Campaigns.CampaignStatus status = "start".equals(action) ? campaigns.start(id) : campaigns.pause(id);
        return "redirect:/campaigns?unit=" + status.campaign().unitCode() + "#campaign-" + id;
    }

    private String show(String unitCode, CampaignForm form, Model model) {
        model.addAttribute("unit", units.require(unitCode));
        model.addAttribute("form", form);
        model.addAttribute("groups", campaigns.groups().stream().sorted().toList());
        model.addAttribute("campaigns", campaigns.ofUnit(unitCode).stream().map(c -> campaigns.status(c.id())).toList());
        return "outreach/campaigns";
    }
}
