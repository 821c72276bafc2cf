package vn.greenzone.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.greenzone.hotline.Hotline;
import vn.greenzone.organisation.Organisations;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.SignedInPerson;

/**
 * The navigation the signed-in person may use, and nothing more. The layout asks this bean itself
 * ({@code @navigation}), so pages rendered outside a controller's model (error pages, refusals from
 * exception handlers) have the same menu as the others.
 */
@Component("navigation")
class Navigation {

    private final AccessControl access;
    private final Hotline hotline;
    private final Organisations organisations;

    Navigation(AccessControl access, Hotline hotline, Organisations organisations) {
        this.access = access;
        this.hotline = hotline;
        this.organisations = organisations;
    }

    public List<NavigationItem> items() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        var items = new ArrayList<NavigationItem>();
        items.add(new NavigationItem("nav.home", "/"));
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson)) {
            items.add(new NavigationItem("nav.hotline", "/hotline"));
            items.add(new NavigationItem("nav.adoptionPublic", "/units/VN/adoption"));
            return items;
        }
        items.add(new NavigationItem("nav.profile", "/me"));
        items.add(new NavigationItem("nav.qr", "/me/qr"));
        items.add(new NavigationItem("nav.declarations", "/declarations"));
        items.add(new NavigationItem("nav.checkins", "/checkins"));
        items.add(new NavigationItem("nav.venues", "/venues"));
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (authorities.contains(Role.UNIT_ADMIN.authority()) || authorities.contains(Role.NATIONAL_ADMIN.authority())) {
            items.add(new NavigationItem("nav.admin", "/admin"));
        }
        if (authorities.contains(Role.CONTACT_TRACER.authority())) {
            items.add(new NavigationItem("nav.tracing", "/tracing"));
            // Health officials find venues (and make hospitals privileged) in the unit they serve.
            SignedInPerson person = (SignedInPerson) authentication.getPrincipal();
            access.grantsOf(person.personId()).stream().filter(grant -> grant.role() == Role.CONTACT_TRACER).findFirst()
                    .ifPresent(grant -> items.add(new NavigationItem("nav.unitVenues",
                            "/admin/units/" + grant.unitCode() + "/venues")));
        } else if (authorities.contains(Role.QUARANTINE_OFFICER.authority())) {
            items.add(new NavigationItem("nav.followUp", "/tracing/contacts"));
        }
        if (authorities.contains(Role.CONTACT_TRACER.authority())
                || authorities.contains(Role.QUARANTINE_OFFICER.authority())) {
            items.add(new NavigationItem("nav.flagged", "/declarations/flagged"));
        }
        if (authorities.contains(Role.QUARANTINE_OFFICER.authority())) {
            items.add(new NavigationItem("nav.quarantine", "/quarantine"));
        }
        if (authorities.contains(Role.INSPECTOR.authority()) || authorities.contains(Role.CONTACT_TRACER.authority())
                || authorities.contains(Role.UNIT_ADMIN.authority())) {
            items.add(new NavigationItem("nav.safety", "/safety"));
        }
        if (authorities.contains(Role.AUDITOR.authority()) || authorities.contains(Role.NATIONAL_ADMIN.authority())) {
            items.add(new NavigationItem("nav.audit", "/audit"));
        }
        if (authorities.contains(Role.NATIONAL_ADMIN.authority())) {
            items.add(new NavigationItem("nav.outbox", "/admin/outbox"));
        }
        // The desk's people; a signed-in citizen reaches the public form from the home page.
        if (authorities.contains(Role.HOTLINE_OPERATOR.authority()) || authorities.contains(Role.UNIT_ADMIN.authority())
                || authorities.contains(Role.NATIONAL_ADMIN.authority()) || hotline.servesAnAgency()) {
            items.add(new NavigationItem("nav.hotline", "/hotline"));
        }
        if (authorities.contains(Role.UNIT_ADMIN.authority()) || authorities.contains(Role.NATIONAL_ADMIN.authority())) {
            items.add(new NavigationItem("nav.campaigns", "/campaigns"));
            items.add(new NavigationItem("nav.adoption", "/adoption"));
        }
        // An organisation's head holds no role: heading one is what shows them the page.
        if (authorities.contains(Role.UNIT_ADMIN.authority()) || authorities.contains(Role.NATIONAL_ADMIN.authority())
                || organisations.headsAny()) {
            items.add(new NavigationItem("nav.organisations", "/organisations"));
        }
        if (authorities.contains(Role.UNIT_ADMIN.authority())) {
            items.add(new NavigationItem("nav.reports", "/reports"));
        }
        return items;
    }
}
