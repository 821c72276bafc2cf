package vn.greenzone.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's postmaster, known by the {@code postmaster.pid} it writes in its data folder.
 * A watchdog restarts it on the same folder and port when it dies, and a start finds the one an application
 * killed with {@code kill -9} left running, and stops it, so two never run on one folder.
 */
final class Postmaster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    /** Zonky's lock file: held by the application whose PostgreSQL uses the folder. */
    private static final String APPLICATION_LOCK = "epg-lock";
    private static final String WAIT_SECONDS = "60";

    private final Path directory;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("embedded-postgres-watchdog").factory());
    private volatile boolean stopping;

    private Postmaster(Path directory) {
        this.directory = directory;
    }

    /** Watches the postmaster of the folder every {@code interval} and restarts it when it is gone. */
    static Postmaster supervise(Path directory, long intervalMillis) {
        var postmaster = new Postmaster(directory);
        // At the JVM's exit the server is stopped on purpose (EmbeddedPostgresStart): that is no crash to repair.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> postmaster.stopping = true));
        postmaster.watchdog.scheduleWithFixedDelay(postmaster::check, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        return postmaster;
    }

    /**
     * Stops the PostgreSQL left running on the folder by an application that was killed, so that this start
     * runs the only one. Refuses when another application still uses the folder.
     */
    static void stopOrphan(Path directory) throws IOException {
        Optional<ProcessHandle> orphan = running(directory);
        if (orphan.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(APPLICATION_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running Greenzone uses the database in " + directory
                        + "; give this one its own GREENZONE_DATA_DIR");
            }
        }
        log.warn("PostgreSQL (pid {}) is still running on {} after the application stopped without shutting it down;"
                + " stopping it", orphan.get().pid(), directory);
        try {
            pgCtl(directory, "stop", "-m", "fast");
        } catch (IOException stuck) {
            // A fast stop waits for running statements to end; an immediate one does not (recovery replays the WAL).
            log.warn("A fast stop did not end it ({}); stopping it immediately", stuck.getMessage());
            pgCtl(directory, "stop", "-m", "immediate");
        }
    }

    /** The live postmaster of the folder, if any. */
    static Optional<ProcessHandle> running(Path directory) {
        List<String> pidFile;
        try {
            pidFile = Files.readAllLines(directory.resolve("postmaster.pid"));
        } catch (IOException noFile) {
            return Optional.empty();
        }
        if (pidFile.isEmpty() || !pidFile.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        // A pid of an old run may have been given to another program since: only a postgres counts.
        return ProcessHandle.of(Long.parseLong(pidFile.getFirst().strip())).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true));
    }

    private void check() {
        if (stopping || running(directory).isPresent()) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} has stopped; restarting it", directory);
        try {
            pgCtl(directory, "restart", "-m", "fast");
            log.info("The embedded PostgreSQL in {} runs again", directory);
        } catch (IOException | RuntimeException e) {
            // Its processes may not all be gone yet; the next check tries again.
            log.warn("Could not restart the embedded PostgreSQL yet: {}", e.getMessage());
        }
    }

    /**
     * Runs pg_ctl on the folder with the binary and the options of its last start, which PostgreSQL keeps in
     * {@code postmaster.opts} ({@code restart} reads them from there, so the port and settings stay the same).
     */
    private static void pgCtl(Path directory, String... action) throws IOException {
        String opts = Files.readString(directory.resolve("postmaster.opts")).strip();
        String postgres = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split("\\s+")[0];
        Path pgCtl = Path.of(postgres).resolveSibling("pg_ctl");
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky starts it: PostgreSQL refuses to run as root, and CI runs as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", directory.toString(), "-w", "-t", WAIT_SECONDS));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("pg_ctl " + action[0] + " failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pg_ctl " + action[0], e);
        }
    }

    @Override
    public void close() {
        stopping = true;
        watchdog.shutdownNow();
    }
}
