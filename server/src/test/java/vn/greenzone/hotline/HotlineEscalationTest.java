package vn.greenzone.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * The escalation job on items aged in SQL rather than waited for: a text to the agency's head once per stage,
 * red on the supervisor's queue, nothing for handled items, and a new agency texted afresh.
 */
class HotlineEscalationTest extends HotlineFixtures {

    @Autowired
    Hotline hotline;

    @Test
    void anItemNearItsDeadlineTextsTheHeadOnceAndOnceMoreWhenPastIt() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String category = category("Leo thang", 300);
        Agency agency = agency(supervisor, DISTRICT, "Trung tâm Y tế");
        rule(supervisor, category, DISTRICT, agency.id());
        String head = http().nationalPhone(agency.head().personId());
        long id = logged(operator, call(category, COMMUNE, TestHttp.randomPhone())).path("id").asLong();

        hotline.escalateDue();
        assertThat(smsCount(head, "phan anh 1022 so " + id + " ")).as("5 hours left: nothing yet").isZero();
        assertThat(rowOf(queue(supervisor, "unit=" + DISTRICT), id).path("red").asBoolean()).isFalse();

        age(id, 4 * 60 + 30);
        hotline.escalateDue();
        hotline.escalateDue();
        assertThat(smsCount(head, "SAP HET HAN: phan anh 1022 so " + id + " ")).isEqualTo(1);
        JsonNode near = rowOf(queue(supervisor, "unit=" + DISTRICT), id);
        assertThat(near.path("red").asBoolean()).isTrue();
        assertThat(near.path("escalation").asInt()).isEqualTo(1);

        age(id, 60);
        hotline.escalateDue();
        hotline.escalateDue();
        assertThat(smsCount(head, "QUA HAN: phan anh 1022 so " + id + " ")).isEqualTo(1);
        assertThat(smsCount(head, "phan anh 1022 so " + id + " ")).as("one text per stage").isEqualTo(2);
        JsonNode late = rowOf(queue(supervisor, "unit=" + DISTRICT), id);
        assertThat(late.path("escalation").asInt()).isEqualTo(2);
        assertThat(late.path("left").path("late").asBoolean()).isTrue();
        JsonNode counted = queue(agency.head(), "agency=" + agency.id());
        assertThat(counted.path("late").asLong()).isEqualTo(1);
        assertThat(item(supervisor, id).path("history").values().stream().map(e -> e.path("note").asString()))
                .contains("NEAR", "LATE");
    }

    @Test
    void handledItemsStayQuietAndAnUnroutedOneIsRedUntilItsNewAgencyIsTexted() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        String routed = category("Đã xử lý", 300);
        String unrouted = category("Không quy tắc", 300);
        Agency agency = agency(supervisor, DISTRICT, "Ban chỉ đạo phường");
        rule(supervisor, routed, DISTRICT, agency.id());
        String head = http().nationalPhone(agency.head().personId());

        long handled = logged(operator, call(routed, COMMUNE, TestHttp.randomPhone())).path("id").asLong();
        change(agency.head(), handled, Map.of("status", "HANDLED"));
        age(handled, 6 * 60);
        long waiting = logged(operator, call(unrouted, COMMUNE, TestHttp.randomPhone())).path("id").asLong();
        age(waiting, 6 * 60);
        hotline.escalateDue();

        assertThat(smsCount(head, "so " + handled + " ")).isZero();
        assertThat(jdbc.sql("select escalation from hotline_item where id = :id").param("id", handled)
                .query(Integer.class).single()).isZero();
        JsonNode red = rowOf(queue(supervisor, "unit=" + DISTRICT + "&unrouted=true"), waiting);
        assertThat(red.path("red").asBoolean()).isTrue();
        assertThat(red.path("escalation").asInt()).isEqualTo(2);

        change(supervisor, waiting, Map.of("agencyId", agency.id()));
        hotline.escalateDue();
        hotline.escalateDue();
        assertThat(smsCount(head, "QUA HAN: phan anh 1022 so " + waiting + " ")).isEqualTo(1);
    }
}
