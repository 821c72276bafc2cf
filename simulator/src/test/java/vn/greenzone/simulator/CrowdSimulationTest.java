package vn.greenzone.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CrowdSimulationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void warnsEveryCloseContactAndNobodyWhoNeverSharedARoomWithACase() {
        CrowdSimulation.Outcome outcome = new CrowdSimulation(80, 8, 7, DAY, 2, 2).run();

        assertThat(outcome.contacts()).as("the scenario has close contacts").isNotEmpty();
        var neverInTheRoom = IntStream.range(2, 80).boxed().filter(p -> !outcome.sharedRoom().contains(p)).toList();
        assertThat(neverInTheRoom).as("and people who were never in a room with a case").isNotEmpty();
        assertThat(outcome.diagnosisKeys()).isEqualTo(4);
        assertThat(outcome.sharedRoom()).containsAll(outcome.contacts());
        assertThat(outcome.recall()).as("every phone ≤ 2 m for ≥ 15 min is warned").isEqualTo(1.0);
        assertThat(outcome.warned()).as("a warning needs the case's identifiers").doesNotContainAnyElementsOf(neverInTheRoom);
        // GAEN estimates distance from attenuation: people across the room for half an hour are warned too.
        assertThat(outcome.precision()).isLessThan(1.0).isGreaterThan(0.0);
    }
}
