package vn.greenzone.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.platform.ProblemException;

/**
 * Received, handled on time and late, per agency and per unit directly below the one asked for, over a period
 * of days. Late counts items handled after their deadline and open ones already past it.
 */
@Service
public class DeskStats {

    static final int MAX_DAYS = 366;

    public record Line(String key, String name, long received, long onTime, long late) {

        Line plus(ItemRepository.Tally tally) {
            return new Line(key, name, received + tally.received(), onTime + tally.onTime(), late + tally.late());
        }
    }

    public record Stats(String unitCode, String place, LocalDate from, LocalDate to, Line total, List<Line> byAgency,
            List<Line> byUnit) {
    }

    private final ItemRepository items;
    private final Catalogue catalogue;
    private final DeskAccess desk;
    private final UnitDirectory units;
    private final HotlineProperties properties;
    private final Clock clock;

    DeskStats(ItemRepository items, Catalogue catalogue, DeskAccess desk, UnitDirectory units,
            HotlineProperties properties, Clock clock) {
        this.items = items;
        this.catalogue = catalogue;
        this.desk = desk;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /** From and to are days in the desk's zone, both included; by default the last 30 days. */
    public Stats of(String unitCode, LocalDate from, LocalDate to) {
        desk.requireDesk(unitCode);
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ProblemException.badFields("hotline.period-invalid", List.of("from", "to"));
        }
        Instant start = first.atStartOfDay(properties.zone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(properties.zone()).toInstant();
        List<ItemRepository.Tally> tallies = items.tallies(units.subtree(unitCode), start, end, clock.instant());
        Map<String, String> childOf = units.byChild(unitCode);
        var byAgency = new LinkedHashMap<String, Line>();
        var byUnit = new LinkedHashMap<String, Line>();
        Line total = new Line(unitCode, units.require(unitCode).name(), 0, 0, 0);
        for (ItemRepository.Tally tally : tallies) {
            String agencyKey = tally.agencyId() == null ? "" : tally.agencyId().toString();
            byAgency.computeIfAbsent(agencyKey, key -> new Line(key, key.isEmpty() ? null
                    : catalogue.agency(tally.agencyId()).map(Catalogue.Agency::name).orElse(key), 0, 0, 0));
            byAgency.computeIfPresent(agencyKey, (key, line) -> line.plus(tally));
            String child = childOf.getOrDefault(tally.unitCode(), tally.unitCode());
            byUnit.computeIfAbsent(child, key -> new Line(key, units.require(key).name(), 0, 0, 0));
            byUnit.computeIfPresent(child, (key, line) -> line.plus(tally));
            total = total.plus(tally);
        }
        Comparator<Line> byReceived = Comparator.comparingLong(Line::received).reversed();
        return new Stats(unitCode, units.placeName(unitCode), first, last, total,
                byAgency.values().stream().sorted(byReceived).toList(), byUnit.values().stream().sorted(byReceived).toList());
    }
}
