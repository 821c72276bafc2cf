package vn.greenzone.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Runs a {@link CrowdSimulation} and prints who met a case, who was warned, recall and precision.
 * Options: --phones N (100), --venues M (20), --seed S (1), --days D (1), --cases C (1),
 * --first-day YYYY-MM-DD (default: D days before today, UTC), and for a real key server --server URL with
 * --codes FILE (one upload code per line, one per case, issued by a contact tracer).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int phones = 100;
        int venues = 20;
        long seed = 1;
        int days = 1;
        int cases = 1;
        LocalDate firstDay = null;
        String server = null;
        Path codes = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--phones" -> phones = Integer.parseInt(args[i + 1]);
                case "--venues" -> venues = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--days" -> days = Integer.parseInt(args[i + 1]);
                case "--cases" -> cases = Integer.parseInt(args[i + 1]);
                case "--first-day" -> firstDay = LocalDate.parse(args[i + 1]);
                case "--server" -> server = args[i + 1];
                case "--codes" -> codes = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LocalDate first = firstDay != null ? firstDay : LocalDate.now(ZoneOffset.UTC).minusDays(days);
        var simulation = new CrowdSimulation(phones, venues, seed, first, days, cases);
        CrowdSimulation.Outcome outcome;
        if (server == null) {
            outcome = simulation.run();
        } else {
            List<String> issued = Files.readAllLines(codes).stream().filter(line -> !line.isBlank()).toList();
            outcome = simulation.run(new HttpKeyServer(server, issued::get, Duration.ofMinutes(3)));
        }
        System.out.printf("%d phones, %d venues, %d day(s) from %s: %d sightings; %d case(s) published %d key(s) in %d export file(s).%n",
                phones, venues, days, first, outcome.sightings(), cases, outcome.diagnosisKeys(), outcome.exports());
        System.out.printf("Close contacts (ground truth, ≤ 2 m for ≥ 15 min): %d phones. Warned (high risk): %d.%n",
                outcome.contacts().size(), outcome.warned().size());
        System.out.printf("recall %.3f, precision %.3f%n", outcome.recall(), outcome.precision());
    }
}
