package vn.greenzone.adoption.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ClusterLock;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;

/**
 * The morning publication (seed 001: installs ÷ smartphones per district before 08:00): the previous day's figures
 * of each district of a province, frozen, so the public page shows what was published even when imports for that
 * day are corrected later. A job publishes every province; a province's administrator may publish at once.
 */
@Service
public class Publications {

    /** A published publication as the public page shows it: districts by name, then the province's total. */
    public record Published(AdministrativeUnit province, LocalDate day, Instant publishedAt, List<Line> districts,
            Line total) {
    }

    /** One published line; no personal data, only counts. */
    public record Line(AdministrativeUnit unit, Long installs, Long smartphones) {

        public Double coverage() {
            return Coverage.percent(installs, smartphones);
        }
    }

    private static final long LOCK = 0x7075626c6973L; // "publis"

    private final PublicationRepository repository;
    private final AdoptionFigures measured;
    private final UnitDirectory units;
    private final AccessControl access;
    private final UserSnapshots snapshots;
    private final ClusterLock lock;
    private final Clock clock;

    Publications(PublicationRepository repository, AdoptionFigures measured, UnitDirectory units, AccessControl access,
            UserSnapshots snapshots, ClusterLock lock, Clock clock) {
        this.repository = repository;
        this.measured = measured;
        this.units = units;
        this.access = access;
        this.snapshots = snapshots;
        this.lock = lock;
        this.clock = clock;
    }

    /** Publishes yesterday's figures of the province now; returns the day published. */
    @Transactional
    public LocalDate publishNow(String provinceCode) {
        access.require(Role.UNIT_ADMIN, provinceCode);
        AdministrativeUnit province = units.require(provinceCode);
        if (province.level() != 1) {
            throw ProblemException.badRequest("adoption.publish-province");
        }
        LocalDate day = snapshots.today().minusDays(1);
        publish(province, day, access.current().personId());
        return day;
    }

    @Scheduled(cron = "${greenzone.adoption.publication-cron:0 0 8 * * *}",
            zone = "${greenzone.adoption.zone:Asia/Ho_Chi_Minh}")
    @Transactional
    void morning() {
        if (lock.tryForTransaction(LOCK)) {
            LocalDate day = snapshots.today().minusDays(1);
            units.children(AdministrativeUnit.COUNTRY).forEach(province -> publish(province, day, null));
        }
    }

    /** The latest publication of the province (or of the province a district or commune lies in). */
    public Optional<Published> latest(String unitCode) {
        AdministrativeUnit province = provinceOf(unitCode);
        return repository.latest(province.code()).map(stored -> {
            Map<String, PublicationRepository.Figure> figures = repository.figures(province.code(), stored.day())
                    .stream().collect(Collectors.toMap(PublicationRepository.Figure::unitCode, f -> f));
            List<Line> districts = new ArrayList<>();
            for (AdministrativeUnit district : units.children(province.code())) {
                PublicationRepository.Figure figure = figures.get(district.code());
                districts.add(new Line(district, figure == null ? null : figure.installs(),
                        figure == null ? null : figure.smartphones()));
            }
            districts.sort(Comparator.comparing(line -> VietnameseText.searchKey(line.unit().name())));
            PublicationRepository.Figure total = figures.get(province.code());
            return new Published(province, stored.day(), stored.publishedAt(), districts,
                    new Line(province, total == null ? null : total.installs(),
                            total == null ? null : total.smartphones()));
        });
    }

    /** The province of a unit; the country has none (404). */
    public AdministrativeUnit provinceOf(String unitCode) {
        List<AdministrativeUnit> path = units.path(unitCode);
        if (path.size() < 2) {
            throw ProblemException.notFound("adoption.province-needed");
        }
        return path.get(1);
    }

    private void publish(AdministrativeUnit province, LocalDate day, Long by) {
        List<String> codes = new ArrayList<>(units.children(province.code()).stream().map(AdministrativeUnit::code)
                .toList());
        codes.add(province.code());
        repository.save(province.code(), day, clock.instant(), by, measured.measured(day, codes).values());
    }
}
