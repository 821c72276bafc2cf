package vn.greenzone.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleAdministration;
import vn.greenzone.platform.GreenzoneProperties;
import vn.greenzone.platform.PublicUrl;

/** Makes sure someone can administer a fresh installation: the national administrator of the settings. */
@Component
@Order(0)
class NationalAdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalAdministratorBootstrap.class);

    private final RoleAdministration roles;
    private final GreenzoneProperties properties;
    private final PublicUrl publicUrl;

    NationalAdministratorBootstrap(RoleAdministration roles, GreenzoneProperties properties, PublicUrl publicUrl) {
        this.roles = roles;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        PhoneNumber phone = PhoneNumber.parse(properties.adminPhone());
        roles.grantAtInstallation(phone, Role.NATIONAL_ADMIN, AdministrativeUnit.COUNTRY);
        log.info("National administrator: {} — sign in at {}/login with this number; the code is in the log and the SMS outbox",
                phone.national(), publicUrl.base());
    }
}
