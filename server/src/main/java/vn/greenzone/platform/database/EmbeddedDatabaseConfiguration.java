package vn.greenzone.platform.database;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * A real PostgreSQL from Maven Central binaries when no external database is configured, so a province's IT
 * team can try Greenzone with one command. It starts early ({@link EarlyEmbeddedStart}); data stays under
 * {@code <data-dir>/postgres}; a watchdog restarts PostgreSQL when it dies ({@link Postmaster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    /** The server {@link EarlyEmbeddedStart} started; {@link EmbeddedPostgresStart} stops it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStart start) throws IOException {
        return start.await();
    }

    /** Restarts the embedded PostgreSQL when its postmaster dies; stopped before the database is. */
    @Bean(destroyMethod = "close")
    Postmaster postmasterWatchdog(EmbeddedPostgres postgres, EmbeddedPostgresStart start, GreenzoneProperties properties) {
        return Postmaster.supervise(start.directory(), properties.db().embeddedWatchdog().toMillis());
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

    /** The embedded database runs unless an external one is configured. */
    static boolean wanted(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return wanted(context.getEnvironment());
        }
    }
}
