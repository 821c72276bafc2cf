package vn.greenzone.simulator;

import java.time.LocalDate;
import java.util.Map;
import vn.greenzone.exposurenotification.RiskLevel;

/**
 * Runs a {@link CrowdSimulation} and prints who met the case and who was warned.
 * Arguments (all optional): --phones N (default 100), --venues M (20), --seed S (1), --day YYYY-MM-DD (2026-03-02).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int phones = 100;
        int venues = 20;
        long seed = 1;
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--phones" -> phones = Integer.parseInt(args[i + 1]);
                case "--venues" -> venues = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--day" -> day = LocalDate.parse(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CrowdSimulation.Outcome outcome = new CrowdSimulation(phones, venues, seed, day).run();
        Map<Integer, RiskLevel> risk = outcome.risk();
        System.out.printf("%d phones, %d venues, %s: %d sightings recorded; phone 0 tested positive and published %d key(s).%n",
                phones, venues, day, outcome.sightings(), outcome.diagnosisKeys());
        System.out.printf("Met the case (ground truth): %d phones.%n", outcome.metCase().size());
        System.out.printf("Warned: %d phones (%d high risk, %d low risk).%n", risk.size(),
                risk.values().stream().filter(r -> r == RiskLevel.HIGH).count(),
                risk.values().stream().filter(r -> r == RiskLevel.LOW).count());
        System.out.printf("Met but not warned: %s; warned but never met: %s.%n",
                outcome.metCase().stream().filter(p -> !risk.containsKey(p)).toList(),
                outcome.warned().stream().filter(p -> !outcome.metCase().contains(p)).toList());
    }
}
