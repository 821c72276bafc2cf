package vn.greenzone.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.organisation.MemberGroup;
import vn.greenzone.organisation.NewOrganisation;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.organisation.OrganisationKind;
import vn.greenzone.organisation.Organisations;
import vn.greenzone.organisation.Rosters;

/**
 * Three organisations of Bình Phước with their rosters, registered by the province's administrator 0911000001 and
 * uploaded by their heads: a school in Phường Tân Phú (teachers, most of whom declared today, and high-school
 * students, half of them not registered), an enterprise of the Chơn Thành industrial zone (62% of its workers
 * registered, below the 80% target) and the provincial Department of Information and Communications (all but four
 * registered). Registered members are demo residents (0912000xxx), the others numbers nobody registered (0913xxxxxx).
 */
@Component
class DemoOrganisations {

    static final String SCHOOL_HEAD = "0911000020";
    static final String ENTERPRISE_HEAD = "0911000021";
    static final String AGENCY_HEAD = "0911000022";
    private static final String PROVINCE_ADMIN = "0911000001";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Huy", "Thị Lan",
            "Đức Long", "Thị Ngọc", "Hữu Phúc", "Thanh Tâm", "Thị Xuân", "Gia Bảo"};

    /** Members of a roster to be: residents by their number's last three digits, then new numbers. */
    private record Part(MemberGroup group, int firstResident, int residents, int firstNewcomer, int newcomers) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    private final Organisations organisations;
    private final Rosters rosters;
    private final People people;

    DemoOrganisations(Organisations organisations, Rosters rosters, People people) {
        this.organisations = organisations;
        this.rosters = rosters;
        this.people = people;
    }

    void load() {
        Person admin = person(PROVINCE_ADMIN);
        List<Organisation> registered = DemoSession.as(admin, () -> List.of(
                organisations.register(new NewOrganisation("Trường THPT Đồng Xoài", OrganisationKind.SCHOOL, "25195",
                        SCHOOL_HEAD, "Nguyễn Thị Hạnh")),
                organisations.register(new NewOrganisation("Công ty TNHH Giày da Chơn Thành (KCN Chơn Thành)",
                        OrganisationKind.ENTERPRISE, "25432", ENTERPRISE_HEAD, "Lý Văn Thắng")),
                organisations.register(new NewOrganisation("Sở Thông tin và Truyền thông Bình Phước",
                        OrganisationKind.AGENCY, "25195", AGENCY_HEAD, "Trịnh Minh Quân"))));
        upload(SCHOOL_HEAD, registered.get(0), List.of(
                new Part(MemberGroup.TEACHER, 31, 30, 0, 2),
                new Part(MemberGroup.HIGH_SCHOOL_STUDENT, 100, 60, 100, 60)));
        upload(ENTERPRISE_HEAD, registered.get(1), List.of(
                new Part(MemberGroup.INDUSTRIAL_WORKER, 200, 250, 200, 150),
                new Part(MemberGroup.HEALTH_WORKER, 450, 2, 0, 0)));
        upload(AGENCY_HEAD, registered.get(2), List.of(
                new Part(MemberGroup.CIVIL_SERVANT, 460, 40, 400, 3),
                new Part(MemberGroup.PUBLIC_EMPLOYEE, 500, 20, 410, 1)));
        log.info("Demo data: organisations {} headed by {}, {}, {}", registered.stream().map(Organisation::name).toList(),
                SCHOOL_HEAD, ENTERPRISE_HEAD, AGENCY_HEAD);
    }

    private void upload(String headPhone, Organisation organisation, List<Part> parts) {
        var csv = new StringBuilder("Họ tên,Số điện thoại,Nhóm\n");
        List<String> residents = new ArrayList<>();
        parts.forEach(part -> {
            for (int i = 0; i < part.residents(); i++) {
                residents.add(PhoneNumber.parse("0912%06d".formatted(part.firstResident() + i)).international());
            }
        });
        Map<String, Person> byPhone = people.findByPhones(residents);
        for (Part part : parts) {
            for (int i = 0; i < part.residents(); i++) {
                PhoneNumber phone = PhoneNumber.parse("0912%06d".formatted(part.firstResident() + i));
                line(csv, byPhone.get(phone.international()).fullName(), phone.national(), part.group());
            }
            for (int i = 0; i < part.newcomers(); i++) {
                int n = part.firstNewcomer() + i;
                line(csv, FAMILY[n % FAMILY.length] + " " + GIVEN[n % GIVEN.length], "0913%06d".formatted(100_000 + n),
                        part.group());
            }
        }
        DemoSession.as(person(headPhone), () -> rosters.upload(organisation.id(),
                csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void line(StringBuilder csv, String name, String phone, MemberGroup group) {
        csv.append(name).append(',').append(phone).append(',').append(group.name()).append('\n');
    }

    private Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }
}
