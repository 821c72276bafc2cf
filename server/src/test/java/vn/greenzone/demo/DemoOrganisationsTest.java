package vn.greenzone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.greenzone.GreenzoneApplication;
import vn.greenzone.organisation.BelowTarget;
import vn.greenzone.organisation.GroupTargets;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.organisation.OrganisationDirectory;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;

/** {@code --demo}'s organisations: three rosters counted against the demo residents, headed by 0911000020..22. */
class DemoOrganisationsTest {

    @Test
    void theDemoHasASchoolAnEnterpriseAndAnAgencyWithCountedRosters(@TempDir Path dataDir) {
        try (var app = new SpringApplicationBuilder(GreenzoneApplication.class).profiles("test")
                .run("--server.port=0", "--greenzone.demo=true", "--greenzone.data-dir=" + dataDir)) {
            List<OrganisationCoverage> organisations = app.getBean(OrganisationDirectory.class).inSubtree("70");
            assertThat(organisations).extracting(OrganisationCoverage::name).containsExactly(
                    "Công ty TNHH Giày da Chơn Thành (KCN Chơn Thành)", "Sở Thông tin và Truyền thông Bình Phước",
                    "Trường THPT Đồng Xoài");
            OrganisationCoverage enterprise = organisations.get(0);
            assertThat(enterprise.kind()).isEqualTo("ENTERPRISE");
            assertThat(enterprise.rosterSize()).isEqualTo(402);
            assertThat(enterprise.registered()).isEqualTo(252);
            OrganisationCoverage school = organisations.get(2);
            assertThat(school.rosterSize()).isEqualTo(152);
            assertThat(school.registered()).isEqualTo(90);
            assertThat(school.declared()).as("the teachers who declared this morning").isEqualTo(30);
            People people = app.getBean(People.class);
            assertThat(people.findByPhone(PhoneNumber.parse("0911000020")).orElseThrow().id())
                    .isEqualTo(school.headPersonId());

            // The province's administrator sees the enterprise's workers below the 80% target.
            List<BelowTarget> below = DemoSession.as(people.findByPhone(PhoneNumber.parse("0911000001")).orElseThrow(),
                    () -> app.getBean(GroupTargets.class).belowTarget("70", 100));
            assertThat(below).extracting(b -> b.name() + " " + b.group() + " " + b.percent() + "/" + b.target())
                    .contains("Công ty TNHH Giày da Chơn Thành (KCN Chơn Thành) INDUSTRIAL_WORKER 62/80",
                            "Trường THPT Đồng Xoài HIGH_SCHOOL_STUDENT 50/100");
        }
    }
}
