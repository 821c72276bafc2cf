package vn.greenzone.checkin.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.greenzone.checkin.CheckinStatistics;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;

/** Check-ins per day and flagged bursts, for a unit's officials. */
@Controller
class CheckinStatisticsPageController {

    private static final int DAYS = 14;

    private final CheckinStatistics statistics;
    private final UnitDirectory units;
    private final Clock clock;

    CheckinStatisticsPageController(CheckinStatistics statistics, UnitDirectory units, Clock clock) {
        this.statistics = statistics;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/admin/units/{code}/checkins")
    String page(@PathVariable String code, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(CheckinStatistics.ZONE));
        model.addAttribute("unit", units.require(code));
        model.addAttribute("daily", statistics.daily(code, today.minusDays(DAYS - 1), today));
        model.addAttribute("flags", statistics.flags(code, 100));
        model.addAttribute("names", units.children(code).stream()
                .collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::name)));
        model.addAttribute("zone", CheckinStatistics.ZONE);
        return "checkin/statistics";
    }
}
