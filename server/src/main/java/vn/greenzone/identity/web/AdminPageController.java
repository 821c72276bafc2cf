package vn.greenzone.identity.web;

import java.util.Arrays;
import java.util.Comparator;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleAdministration;
import vn.greenzone.platform.FormRefusals;
import vn.greenzone.platform.ProblemException;

/** A unit's administration page: its residents (masked), its officials, and granting roles. */
@Controller
class AdminPageController {

    private static final int PAGE_SIZE = 50;

    private final People people;
    private final RoleAdministration roles;
    private final AccessControl access;
    private final UnitDirectory units;
    private final FormRefusals refusals;

    AdminPageController(People people, RoleAdministration roles, AccessControl access, UnitDirectory units,
            FormRefusals refusals) {
        this.people = people;
        this.roles = roles;
        this.access = access;
        this.units = units;
        this.refusals = refusals;
    }

    /** Sends an administrator to the highest unit they administer. */
    @GetMapping("/admin")
    String home() {
        return access.grantsOf(access.current().personId()).stream()
                .filter(grant -> grant.role() == Role.UNIT_ADMIN || grant.role() == Role.NATIONAL_ADMIN)
                .min(Comparator.comparingInt(grant -> units.require(grant.unitCode()).level()))
                .map(grant -> "redirect:/admin/units/" + grant.unitCode())
                .orElseThrow(ProblemException::forbidden);
    }

    @GetMapping("/admin/units/{code}")
    String unit(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("unit", units.require(code));
        model.addAttribute("path", units.path(code));
        model.addAttribute("children", units.children(code));
        model.addAttribute("residents", people.residentsOf(code, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("grants", roles.grantsWithin(code));
        model.addAttribute("grantableRoles", Arrays.stream(Role.values())
                .filter(role -> role.official() && (role != Role.NATIONAL_ADMIN || access.mayActOn(Role.NATIONAL_ADMIN, code)))
                .toList());
        return "identity/admin-unit";
    }

    @PostMapping("/admin/units/{code}/roles")
    String grant(@PathVariable String code, @RequestParam(defaultValue = "") String phone,
            @RequestParam(required = false) Role role, HttpServletResponse response, Model model) {
        try {
            roles.grant(phone, role, code);
            return "redirect:/admin/units/" + code + "?granted";
        } catch (ProblemException refused) {
            if (refused.status().value() == 403 || refused.status().value() == 404) {
                throw refused;
            }
            refusals.show(refused, response, model);
            model.addAttribute("phone", phone);
            return unit(code, 0, model);
        }
    }

    @PostMapping("/admin/roles/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam String unit) {
        roles.revoke(id);
        return "redirect:/admin/units/" + units.require(unit).code() + "?revoked";
    }
}
