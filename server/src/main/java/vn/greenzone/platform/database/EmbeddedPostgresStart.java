package vn.greenzone.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * The embedded PostgreSQL, starting on a thread of its own from the moment the settings are known
 * ({@link EarlyEmbeddedStart}): its start (and on a fresh data folder, initdb) then overlaps the two seconds
 * Spring spends reading the configuration instead of adding to them. Owns the server: stops it with the
 * context, also when the context failed before anything used the database.
 */
final class EmbeddedPostgresStart implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStart.class);

    /** How long the JVM's exit waits for the context to stop the server (after its graceful shutdown) before stopping it. */
    private static final long EXIT_WAIT_MILLIS = 60_000;

    private final Path directory;
    private final CompletableFuture<EmbeddedPostgres> started;
    private final CountDownLatch stopped = new CountDownLatch(1);

    EmbeddedPostgresStart(GreenzoneProperties properties) {
        this.directory = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        this.started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
            try {
                started.complete(start(directory, properties.db()));
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        // Zonky's own exit hook stopped PostgreSQL while Spring, on another hook, was still stopping the jobs and
        // requests that use it (a screen of warnings on every Ctrl-C); this one leaves it to the context.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("embedded-postgres-exit").unstarted(this::stopAtExit));
    }

    Path directory() {
        return directory;
    }

    /** Waits for the server to accept connections; throws what stopped it from starting. */
    EmbeddedPostgres await() throws IOException {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static EmbeddedPostgres start(Path directory, GreenzoneProperties.Database settings) throws IOException {
        Files.createDirectories(directory.getParent());
        Postmaster.stopOrphan(directory);
        if (settings.embeddedClean()) {
            // Cleaned here, not by zonky: zonky deletes the folder when it closes, and the watchdog may have
            // restarted PostgreSQL in it by then.
            FileSystemUtils.deleteRecursively(directory);
        }
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200");
        if (settings.embeddedDurable()) {
            // Zonky starts PostgreSQL for tests (-F, synchronous_commit off); a check-in the API has
            // acknowledged must survive a power cut, so the embedded server runs durable by default.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Under load, wait 0.2 ms for other commits to share one WAL flush.
                    .setServerConfig("commit_delay", "200")
                    .setServerConfig("commit_siblings", "5");
        }
        if (settings.embeddedPort() > 0) {
            builder.setPort(settings.embeddedPort());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}, data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Override
    public void destroy() throws IOException {
        try {
            await().close();
        } catch (IOException | RuntimeException failedToStart) {
            // nothing runs, so nothing to stop; the context's failure already says why
        } finally {
            stopped.countDown();
        }
    }

    /** At the JVM's exit: stops the server unless the context has, or it no longer runs (closed by its user). */
    private void stopAtExit() {
        try {
            long deadline = System.currentTimeMillis() + EXIT_WAIT_MILLIS;
            while (!stopped.await(100, TimeUnit.MILLISECONDS)) {
                if (!started.isDone() || started.isCompletedExceptionally() || Postmaster.running(directory).isEmpty()) {
                    return;
                }
                if (System.currentTimeMillis() > deadline) {
                    destroy();
                    return;
                }
            }
        } catch (InterruptedException | IOException e) {
            log.warn("Could not stop the embedded PostgreSQL at exit: {}", e.toString());
        }
    }
}
