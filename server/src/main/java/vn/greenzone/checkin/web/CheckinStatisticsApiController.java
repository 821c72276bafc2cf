package vn.greenzone.checkin.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.checkin.CheckinFlag;
import vn.greenzone.checkin.CheckinStatistics;
import vn.greenzone.checkin.DailyUnitCount;

/** Check-in numbers for officials of a unit (unit administrators and contact tracers). */
@RestController
@RequestMapping("/api/v1/admin/units/{code}/checkins")
@Tag(name = "Check-in statistics")
class CheckinStatisticsApiController {

    private final CheckinStatistics statistics;

    CheckinStatisticsApiController(CheckinStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/daily")
    @Operation(summary = "Check-ins and active venues per day (Vietnam time) in each unit directly below this one")
    List<DailyUnitCount> daily(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.daily(code, from, to);
    }

    @GetMapping("/flags")
    @Operation(summary = "People flagged for checking in at unusually many venues within an hour")
    List<CheckinFlag> flags(@PathVariable String code, @RequestParam(defaultValue = "100") int limit) {
        return statistics.flags(code, limit);
    }
}
