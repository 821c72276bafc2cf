package vn.greenzone.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.outreach.internal.CampaignRepository;
import vn.greenzone.outreach.internal.Templates;
import vn.greenzone.platform.ProblemException;

/**
 * Campaigns for unit administrators: create, count the recipients, start (which queues the first run), pause,
 * and the status with counts per message status. Repeating campaigns queue their later runs from the weekly job.
 */
@Service
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int LIST = 50;

    /** A campaign with its messages counted by status. */
    public record CampaignStatus(Campaign campaign, Map<String, Long> messages) {
    }

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final UnitDirectory units;
    private final Map<String, RecipientGroup> groups;
    private final OutreachProperties properties;
    private final Clock clock;

    public Campaigns(CampaignRepository campaigns, CampaignAccess access, UnitDirectory units, List<RecipientGroup> groups,
            OutreachProperties properties, Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.units = units;
        this.groups = groups.stream().collect(Collectors.toMap(RecipientGroup::key, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /** The group keys the installed modules offer, for the page's choice. */
    public Set<String> groups() {
        return groups.keySet();
    }

    @Transactional
    public CampaignStatus create(NewCampaign request) {
        long by = access.requireManager(request.unitCode());
        RecipientGroup group = group(request.group(), request.caseId());
        if (request.name() == null || request.name().isBlank()) {
            throw ProblemException.badFields("campaign.name-required", List.of("name"));
        }
        Templates.check("templateVi", request.templateVi(), properties.maxTemplateLength());
        Templates.check("templateEn", request.templateEn(), properties.maxTemplateLength());
        String schedule = schedule(request);
        long id = campaigns.insert(request, schedule, by);
        log.info("Campaign {} created for {} ({}) by person {}", id, request.unitCode(), group.key(), by);
        return status(id);
    }

    /** How many numbers a campaign to this unit and group would reach now. */
    public long preview(String unitCode, String groupKey, Long caseId) {
        access.requireManager(unitCode);
        return campaigns.count(group(groupKey, caseId).recipientsSql(), units.subtree(unitCode), caseId);
    }

    public CampaignStatus status(long id) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> ProblemException.notFound("campaign.not-found"));
        access.requireManager(campaign.unitCode());
        return new CampaignStatus(campaign, campaigns.counts(id));
    }

    public List<Campaign> ofUnit(String unitCode) {
        access.requireManager(unitCode);
        return campaigns.ofUnits(units.subtree(unitCode), LIST);
    }

    /** A draft queues its first run now; a paused campaign sends its queue on. Starting a running one changes nothing. */
    @Transactional
    public CampaignStatus start(long id) {
        Campaign campaign = locked(id);
        if (campaign.status() == Campaign.Status.DRAFT) {
            CampaignRepository.Run run = queue(campaign);
            log.info("Campaign {} started: {} messages queued", id, run.queued());
        }
        campaigns.setStatus(id, Campaign.Status.RUNNING, campaign.status() == Campaign.Status.DRAFT
                ? nextRun(campaign.schedule(), clock.instant()) : campaign.nextRunAt());
        return status(id);
    }

    /** Stops sending at once (the sender checks before each batch); what is queued waits for a start. */
    @Transactional
    public CampaignStatus pause(long id) {
        Campaign campaign = locked(id);
        if (campaign.status() == Campaign.Status.DRAFT) {
            throw new ProblemException(HttpStatus.CONFLICT, "campaign.not-started");
        }
        campaigns.setStatus(id, Campaign.Status.PAUSED, campaign.nextRunAt());
        return status(id);
    }

    /** Queues the run of every repeating campaign that is due; called by the job. */
    @Transactional
    public int queueDueRuns() {
        List<Campaign> due = campaigns.dueRuns(clock.instant());
        for (Campaign campaign : due) {
            CampaignRepository.Run run = queue(campaign);
            log.info("Campaign {} run {}: {} messages queued", campaign.id(), run.number(), run.queued());
        }
        return due.size();
    }

    private CampaignRepository.Run queue(Campaign campaign) {
        RecipientGroup group = group(campaign.group(), campaign.caseId());
        return campaigns.queueRun(campaign.id(), group.recipientsSql(), units.subtree(campaign.unitCode()),
                campaign.caseId(), nextRun(campaign.schedule(), clock.instant()));
    }

    private Campaign locked(long id) {
        Campaign campaign = campaigns.lock(id).orElseThrow(() -> ProblemException.notFound("campaign.not-found"));
        access.requireManager(campaign.unitCode());
        return campaign;
    }

    private RecipientGroup group(String key, Long caseId) {
        RecipientGroup group = key == null ? null : groups.get(key);
        if (group == null) {
            throw ProblemException.badRequest("campaign.unknown-group", key == null ? "" : key,
                    String.join(", ", groups.keySet().stream().sorted().toList()));
        }
        if (group.needsCase() && caseId == null) {
            throw ProblemException.badFields("campaign.case-required", List.of("caseId"));
        }
        return group;
    }

    private String schedule(NewCampaign request) {
        String schedule = request.schedule() == null || request.schedule().isBlank()
                ? (request.weekly() ? properties.weeklySchedule() : null) : request.schedule().trim();
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            throw ProblemException.badRequest("campaign.bad-schedule", schedule);
        }
        return schedule;
    }

    private static Instant nextRun(String schedule, Instant after) {
        if (schedule == null) {
            return null;
        }
        ZonedDateTime next = CronExpression.parse(schedule).next(after.atZone(ZONE));
        return next == null ? null : next.toInstant();
    }
}
