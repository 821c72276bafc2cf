package vn.greenzone.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * What the README promises: stop the server, start it again, and everything is still there; and when PostgreSQL
 * itself dies, the application starts it again.
 */
class EmbeddedDatabaseRestartTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) throws Exception {
        GreenzoneProperties properties = properties(dataDir);

        try (EmbeddedPostgres first = new EmbeddedPostgresStart(properties).await()) {
            JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
            // As configured by default: an acknowledged commit is on disk.
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('before restart')").update();
        }
        try (EmbeddedPostgres second = new EmbeddedPostgresStart(properties).await()) {
            JdbcClient jdbc = JdbcClient.create(second.getPostgresDatabase());
            assertThat(jdbc.sql("select note from kept").query(String.class).list()).containsExactly("before restart");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void aKilledPostgresIsRestartedOnTheSameFolderAndPort(@TempDir Path dataDir) throws Exception {
        // durable, as by default: without synchronous_commit, a kill -9 loses the last commits
        GreenzoneProperties properties = properties(dataDir);
        Path folder = dataDir.resolve("postgres");

        try (EmbeddedPostgres postgres = new EmbeddedPostgresStart(properties).await();
                Postmaster watchdog = Postmaster.supervise(folder, 100)) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('before the crash')").update();
            ProcessHandle killed = Postmaster.running(folder).orElseThrow();

            killed.destroyForcibly();

            // The same port (the data source's address), the same data, another process.
            assertThat(eventually(() -> jdbc.sql("select note from kept").query(String.class).list()))
                    .containsExactly("before the crash");
            assertThat(Postmaster.running(folder).orElseThrow().pid()).isNotEqualTo(killed.pid());
        }
        assertThat(Postmaster.running(folder)).as("closing stops the restarted PostgreSQL too").isEmpty();
    }

    /** The defaults, with the data in {@code dataDir}. */
    private static GreenzoneProperties properties(Path dataDir) {
        return new Binder(new MapConfigurationPropertySource(Map.of("greenzone.data-dir", dataDir.toString())))
                .bindOrCreate("greenzone", GreenzoneProperties.class);
    }

    /** The first answer of the query once the database is back, within a minute. */
    private static <T> T eventually(Supplier<T> query) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            try {
                return query.get();
            } catch (DataAccessException down) {
                if (Instant.now().isAfter(deadline)) {
                    throw down;
                }
                Thread.sleep(100);
            }
        }
    }
}
