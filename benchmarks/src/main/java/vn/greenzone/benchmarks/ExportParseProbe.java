package vn.greenzone.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.KeyExportReader;
import vn.greenzone.exposurenotification.VerificationKey;

/**
 * Reads and verifies one export file, in a JVM of its own (started with a small -Xmx by
 * {@link RunBenchmarks}) so that the heap it reports belongs to parsing alone. Prints key=value lines.
 * Peak heap is the sum of each heap pool's peak, an upper bound of the true peak.
 */
public final class ExportParseProbe {

    private static final int WARM_RUNS = 5;

    private ExportParseProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        KeyExportReader reader = new KeyExportReader(VerificationKey.fromPem("bench", "v1", Files.readString(Path.of(args[1]))));
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();

        System.gc();
        long baseline = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        KeyExport export = reader.read(zip);
        long coldNanos = System.nanoTime() - start;
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long bestWarm = Long.MAX_VALUE;
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            reader.read(zip);
            bestWarm = Math.min(bestWarm, System.nanoTime() - start);
        }
        System.out.println("keys=" + export.keys().size());
        System.out.println("zipBytes=" + Files.size(zip));
        System.out.println("coldMillis=" + coldNanos / 1_000_000);
        System.out.println("warmMillis=" + bestWarm / 1_000_000);
        System.out.println("baselineHeapMiB=" + baseline / (1024 * 1024));
        System.out.println("peakHeapMiB=" + peak / (1024 * 1024));
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
