package vn.greenzone.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.greenzone.platform.GreenzoneProperties;

/** What the README promises: stop the server, start it again, and everything is still there. */
class EmbeddedDatabaseRestartTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        GreenzoneProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("greenzone.data-dir", dataDir.toString())))
                .bindOrCreate("greenzone", GreenzoneProperties.class);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
            // As configured by default: an acknowledged commit is on disk.
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            jdbc.sql("create table kept (note text)").update();
            jdbc.sql("insert into kept values ('before restart')").update();
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            JdbcClient jdbc = JdbcClient.create(second.getPostgresDatabase());
            assertThat(jdbc.sql("select note from kept").query(String.class).list()).containsExactly("before restart");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }
}
