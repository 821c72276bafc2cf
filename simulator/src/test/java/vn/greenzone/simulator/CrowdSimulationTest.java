package vn.greenzone.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.greenzone.exposurenotification.RiskLevel;

class CrowdSimulationTest {

    @Test
    void warnsExactlyThePhonesThatWereNearTheCase() {
        CrowdSimulation.Outcome outcome = new CrowdSimulation(60, 12, 7, LocalDate.of(2026, 3, 2)).run();

        var neverMet = IntStream.range(1, 60).boxed().filter(p -> !outcome.metCase().contains(p)).toList();
        assertThat(outcome.metCase()).as("the scenario has contacts").isNotEmpty();
        assertThat(neverMet).as("and people who never met the case").isNotEmpty();
        assertThat(outcome.warned()).containsAll(outcome.metCase());
        assertThat(outcome.warned()).doesNotContainAnyElementsOf(neverMet);
        // Half an hour at under 2 m with a confirmed, highly infectious case is high risk under the CWA defaults.
        assertThat(outcome.risk().values()).containsOnly(RiskLevel.HIGH);
    }
}
