package vn.greenzone.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL starts when the context is initialised, before any bean is made, and stops with the
 * context, even one that never used it; with an external database configured nothing starts.
 */
class EarlyEmbeddedStartTest {

    @Test
    void startsBeforeTheBeansAndStopsWithTheContext(@TempDir Path dataDir) throws Exception {
        Path folder = dataDir.resolve("postgres");
        try (var context = context(Map.of("greenzone.data-dir", dataDir.toString()))) {
            new EarlyEmbeddedStart().initialize(context);
            assertThat(context.isActive()).as("no bean made yet").isFalse();
            context.refresh();

            EmbeddedPostgres postgres = context.getBean(EmbeddedPostgresStart.class).await();
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(Postmaster.running(folder)).isPresent();
        }
        assertThat(Postmaster.running(folder)).as("stopped with the context").isEmpty();
    }

    @Test
    void aStartThatFailsElsewhereStopsItToo(@TempDir Path dataDir) throws Exception {
        Path folder = dataDir.resolve("postgres");
        var context = context(Map.of("greenzone.data-dir", dataDir.toString()));
        new EarlyEmbeddedStart().initialize(context);
        context.getBeanFactory().getBean(EmbeddedPostgresStart.class).await();
        context.registerBean("broken", Object.class, () -> {
            throw new IllegalStateException("a bean that cannot be made");
        });

        assertThatThrownBy(context::refresh).hasRootCauseMessage("a bean that cannot be made");
        assertThat(Postmaster.running(folder)).as("nothing left running").isEmpty();
    }

    @Test
    void anExternalDatabaseStartsNothing(@TempDir Path dataDir) {
        try (var context = context(Map.of("greenzone.data-dir", dataDir.toString(),
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/greenzone"))) {
            new EarlyEmbeddedStart().initialize(context);

            assertThat(context.getBeanFactory().getBeanNamesForType(EmbeddedPostgresStart.class)).isEmpty();
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    private static GenericApplicationContext context(Map<String, Object> properties) {
        var context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }
}
