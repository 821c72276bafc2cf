package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.greenzone.IntegrationTest;

/**
 * Every row of {@code checkin} is written into each index that covers it, so an index costs every check-in. The
 * indexes are those a query of the product needs (V1_18_0 and docs/architecture.md name the query of each): a new
 * one has to be named there, and this list changed with it.
 */
class CheckinIndexesTest extends IntegrationTest {

    @Test
    void checkinHasOnlyTheIndexesAQueryNeeds() {
        Map<String, String> indexes = jdbc.sql("select indexname, indexdef from pg_indexes where tablename = 'checkin'")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(indexes).containsOnlyKeys("checkin_pkey", "checkin_venue_time", "checkin_person_time",
                "checkin_dependant_time", "checkin_open", "checkin_unit_time", "checkin_visitor_phone",
                "checkin_visitor_id_number", "checkin_device_event");
        assertThat(indexes.get("checkin_device_event")).as("self-scans (no device) are not in the device key")
                .contains("UNIQUE").contains("WHERE (device_id IS NOT NULL)");
    }
}
