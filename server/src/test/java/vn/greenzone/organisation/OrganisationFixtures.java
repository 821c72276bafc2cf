package vn.greenzone.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;

/**
 * Organisations registered through the API in Huyện Phú Riềng, where no other test registers any, so lists of the
 * district hold only this module's.
 */
public abstract class OrganisationFixtures extends IntegrationTest {

    /** Huyện Phú Riềng (698), Tỉnh Bình Phước, and two of its communes. */
    public static final String DISTRICT = "698";
    public static final String COMMUNE = "25240";
    public static final String OTHER_COMMUNE = "25243";
    public static final String PROVINCE = "70";
    /** Huyện Đồng Phú: another district of the province. */
    public static final String OTHER_DISTRICT = "695";

    @Autowired
    protected People people;

    protected TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = http().signInApi(TestHttp.randomPhone());
        http().grant(token.personId(), role, unit);
        return token;
    }

    /** Registers an organisation as the administrator; returns its id. */
    protected long register(TestHttp.Token admin, String name, String kind, String unit, String headPhone) {
        TestHttp.Response registered = http().post("/api/v1/organisations").bearer(admin.token())
                .json(fields(name, kind, unit, headPhone)).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().path("id").asLong();
    }

    protected static Map<String, Object> fields(String name, String kind, String unit, String headPhone) {
        var fields = new HashMap<String, Object>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("unitCode", unit);
        fields.put("headPhone", headPhone);
        fields.put("headName", "Phạm Thị Hiệu Trưởng");
        return fields;
    }

    protected TestHttp.Response upload(TestHttp.Token token, long organisation, String csv) {
        return http().post("/api/v1/organisations/" + organisation + "/roster").bearer(token.token())
                .bytes("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** A roster's CSV: a header, then "name,phone,group" lines. */
    protected static String roster(List<String> lines) {
        return "Họ tên,Số điện thoại,Nhóm\n" + String.join("\n", lines) + "\n";
    }

    /** A person registered in Greenzone with this number (as a resident registered by staff is). */
    protected void registered(String nationalPhone) {
        people.register(PhoneNumber.parse(nationalPhone), "Người Đã Đăng Ký", null, null, null, null);
    }
}
