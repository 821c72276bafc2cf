package vn.greenzone.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no external database is configured, so a
 * province's IT team can try Greenzone with one command. Data stays under {@code <data-dir>/postgres}; a
 * watchdog restarts PostgreSQL when it dies ({@link Postmaster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(GreenzoneProperties properties) throws IOException {
        Path directory = directory(properties);
        Files.createDirectories(directory.getParent());
        Postmaster.stopOrphan(directory);
        if (properties.db().embeddedClean()) {
            // Cleaned here, not by zonky: zonky deletes the folder when it closes, and the watchdog may have
            // restarted PostgreSQL in it by then.
            FileSystemUtils.deleteRecursively(directory);
        }
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (properties.db().embeddedDurable()) {
            // Zonky starts PostgreSQL for tests (-F, synchronous_commit off); a check-in the API has
            // acknowledged must survive a power cut, so the embedded server runs durable by default.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Under load, wait 0.2 ms for other commits to share one WAL flush.
                    .setServerConfig("commit_delay", "200")
                    .setServerConfig("commit_siblings", "5");
        }
        if (properties.db().embeddedPort() > 0) {
            builder.setPort(properties.db().embeddedPort());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}, data in {}", postgres.getPort(), directory);
        return postgres;
    }

    /** Restarts the embedded PostgreSQL when its postmaster dies; stopped before the database is. */
    @Bean(destroyMethod = "close")
    Postmaster postmasterWatchdog(EmbeddedPostgres postgres, GreenzoneProperties properties) {
        return Postmaster.supervise(directory(properties), properties.db().embeddedWatchdog().toMillis());
    }

    /** Bound to {@code spring.datasource.hikari.*} as an external database's pool is: the same size and timeouts. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setPoolName("greenzone");
        return dataSource;
    }

    private static Path directory(GreenzoneProperties properties) {
        return properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
