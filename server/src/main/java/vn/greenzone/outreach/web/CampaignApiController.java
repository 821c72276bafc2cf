package vn.greenzone.outreach.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.outreach.Campaign;
import vn.greenzone.outreach.Campaigns;
import vn.greenzone.outreach.NewCampaign;

/** Campaigns for unit administrators (in their unit and below) and national administrators. */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Outreach")
class CampaignApiController {

    record PreviewRequest(String unitCode, String group, Long caseId) {
    }

    record PreviewAnswer(String unitCode, String group, long recipients) {
    }

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    @Operation(summary = "Create a campaign (a draft until started)",
            description = "group: EVERYONE (registered residents), IN_QUARANTINE, CASE_CONTACTS (needs caseId: its "
                    + "confirmed contacts). templateVi and templateEn may use {name} and {link}; each person gets the "
                    + "language of their profile, Vietnamese when unknown, with a stop link added. weekly repeats it on "
                    + "the configured weekly schedule, or on schedule (a six-field cron expression) when given.")
    ResponseEntity<Campaigns.CampaignStatus> create(@RequestBody NewCampaign request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(campaigns.create(request));
    }

    @PostMapping("/preview")
    @Operation(summary = "How many numbers a campaign to this unit (and below) and group would reach now")
    PreviewAnswer preview(@RequestBody PreviewRequest request) {
        return new PreviewAnswer(request.unitCode(), request.group(),
                campaigns.preview(request.unitCode(), request.group(), request.caseId()));
    }

    @GetMapping
    @Operation(summary = "The newest campaigns of a unit and the units below it")
    List<Campaign> list(@RequestParam String unit) {
        return campaigns.ofUnit(unit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A campaign with its messages counted by status",
            description = "QUEUED, SENDING, SENT, DELIVERED (the gateway's receipt), FAILED, OPTED_OUT (the number had "
                    + "opted out when its turn came), CAPPED (the number had its weekly share of campaign messages).")
    Campaigns.CampaignStatus status(@PathVariable long id) {
        return campaigns.status(id);
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start a draft (its first run is queued at once) or resume a paused campaign")
    Campaigns.CampaignStatus start(@PathVariable long id) {
        return campaigns.start(id);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a campaign: nothing more is sent until it is started again")
    Campaigns.CampaignStatus pause(@PathVariable long id) {
        return campaigns.pause(id);
    }
}
