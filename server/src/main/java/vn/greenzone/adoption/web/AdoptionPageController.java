package vn.greenzone.adoption.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.greenzone.adoption.internal.AdoptionWorkbooks;
import vn.greenzone.adoption.internal.Dashboard;
import vn.greenzone.adoption.internal.Dashboards;
import vn.greenzone.adoption.internal.FigureImports;
import vn.greenzone.adoption.internal.ProvinceBoundaries;
import vn.greenzone.adoption.ImportKind;
import vn.greenzone.adoption.internal.Publications;
import vn.greenzone.adoption.internal.RowsRefused;
import vn.greenzone.adoption.Target;
import vn.greenzone.adoption.internal.Targets;
import vn.greenzone.adoption.internal.UserSnapshots;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.GroupTargets;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** The administrator's pages: the dashboard with its downloads, the import forms, targets and publishing. */
@Controller
class AdoptionPageController {

    private static final int BELOW_TARGET_LISTED = 50;

    private final Dashboards dashboards;
    private final FigureImports imports;
    private final Targets targets;
    private final Publications publications;
    private final UserSnapshots snapshots;
    private final AdoptionWorkbooks workbooks;
    private final AccessControl access;
    private final FormRefusals refusals;
    private final GroupTargets groupTargets;
    private final ProvinceBoundaries boundaries;
    private final JsonMapper json;

    AdoptionPageController(Dashboards dashboards, FigureImports imports, Targets targets, Publications publications,
            UserSnapshots snapshots, AdoptionWorkbooks workbooks, AccessControl access, FormRefusals refusals,
            GroupTargets groupTargets, ProvinceBoundaries boundaries, JsonMapper json) {
        this.dashboards = dashboards;
        this.imports = imports;
        this.targets = targets;
        this.publications = publications;
        this.snapshots = snapshots;
        this.workbooks = workbooks;
        this.access = access;
        this.refusals = refusals;
        this.groupTargets = groupTargets;
        this.boundaries = boundaries;
        this.json = json;
    }

    @GetMapping("/adoption")
    String start() {
        return "redirect:/adoption/" + access.workingUnit(null, Role.UNIT_ADMIN);
    }

    @GetMapping("/adoption/{code}")
    String dashboard(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Dashboard dashboard = dashboards.of(code, from, to);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", TrendChart.of(dashboard));
        boolean national = dashboard.unit().level() == 0;
        model.addAttribute("boundaries", national);
        model.addAttribute("tiles", TileMap.of(national ? withoutBoundary(dashboard) : dashboard.children()));
        model.addAttribute("today", snapshots.today());
        model.addAttribute("bases", Target.Basis.values());
        model.addAttribute("belowTarget", groupTargets.belowTarget(code, BELOW_TARGET_LISTED));
        return "adoption/dashboard";
    }

    /** The provinces on their boundaries with the dashboard's figures merged in, for the national map. */
    @GetMapping(value = "/adoption/VN/map.geojson", produces = "application/geo+json")
    ResponseEntity<String> provinceMap(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Dashboard national = dashboards.of(AdministrativeUnit.COUNTRY, from, to);
        return ResponseEntity.ok(json.writeValueAsString(ProvinceMap.of(national, boundaries.matched(), json)));
    }

    /** Provinces the boundary data set has no shape of stay on the grid below the map. */
    private List<Dashboard.Row> withoutBoundary(Dashboard national) {
        var drawn = boundaries.matched().provinces().keySet();
        return national.children().stream().filter(row -> !drawn.contains(row.unit().code())).toList();
    }

    @GetMapping("/adoption/{code}/children.xlsx")
    ResponseEntity<byte[]> children(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return xlsx("adoption-" + code + "-units.xlsx", workbooks.children(dashboards.of(code, from, to)));
    }

    @GetMapping("/adoption/{code}/trend.xlsx")
    ResponseEntity<byte[]> trend(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return xlsx("adoption-" + code + "-days.xlsx", workbooks.trend(dashboards.of(code, from, to)));
    }

    @GetMapping("/adoption/{code}/imports")
    String importForm(@PathVariable String code, Model model) {
        access.require(Role.UNIT_ADMIN, code);
        return importPage(code, model);
    }

    @PostMapping("/adoption/{code}/imports")
    String importFile(@PathVariable String code, @RequestParam String kind,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("imported", imports.importFile(ImportKind.ofPath(kind), code, bytes(file)));
        } catch (RowsRefused refused) {
            refusals.show(refused, response, model);
            model.addAttribute("refusals", refused.refusals());
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
        }
        model.addAttribute("kind", kind);
        return importPage(code, model);
    }

    @PostMapping("/adoption/{code}/target")
    String setTarget(@PathVariable String code, @RequestParam(required = false) Target.Basis basis,
            @RequestParam(required = false) BigDecimal percent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            targets.set(code, basis, percent, deadline);
        } catch (ProblemException refused) {
            refusals.showOrRethrow(refused, response, model, true);
            return dashboard(code, null, null, model);
        }
        redirect.addFlashAttribute("done", "adoption.target.saved");
        return "redirect:/adoption/" + code + "#target";
    }

    @PostMapping("/adoption/{code}/target/remove")
    String removeTarget(@PathVariable String code, RedirectAttributes redirect) {
        targets.remove(code);
        redirect.addFlashAttribute("done", "adoption.target.removed");
        return "redirect:/adoption/" + code + "#target";
    }

    @PostMapping("/adoption/{code}/users-count")
    String countUsers(@PathVariable String code, RedirectAttributes redirect) {
        access.require(Role.UNIT_ADMIN, code);
        snapshots.snapshotToday();
        redirect.addFlashAttribute("done", "adoption.users.counted");
        return "redirect:/adoption/" + code;
    }

    @PostMapping("/adoption/{code}/publish")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        publications.publishNow(publications.provinceOf(code).code());
        redirect.addFlashAttribute("done", "adoption.published");
        return "redirect:/units/" + publications.provinceOf(code).code() + "/adoption";
    }

    private String importPage(String code, Model model) {
        model.addAttribute("unitCode", code);
        model.addAttribute("kinds", ImportKind.values());
        return "adoption/imports";
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, AdoptionWorkbooks.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
