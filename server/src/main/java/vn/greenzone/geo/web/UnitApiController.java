package vn.greenzone.geo.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Administrative units")
class UnitApiController {

    static final int MAX_RESULTS = 100;

    private final UnitDirectory units;

    UnitApiController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Search units by name, with or without diacritics",
            description = "Every word of q must appear in the unit's name or in the names of the units above it.")
    List<UnitView> search(@RequestParam String q, @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "20") int limit) {
        if (VietnameseText.searchKey(q).isEmpty()) {
            throw ProblemException.badRequest("unit.query-empty");
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw ProblemException.badRequest("unit.limit", MAX_RESULTS);
        }
        return views(units.search(q, within, limit));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit")
    UnitView unit(@PathVariable String code) {
        return view(units.require(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The units directly below a unit; VN gives the provinces")
    List<UnitView> children(@PathVariable String code) {
        return views(units.children(code));
    }

    private List<UnitView> views(List<AdministrativeUnit> list) {
        return list.stream().map(this::view).toList();
    }

    private UnitView view(AdministrativeUnit unit) {
        return UnitView.of(unit, units.placeName(unit.code()));
    }
}
