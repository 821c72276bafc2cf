package vn.greenzone.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets one node of a cluster do a scheduled job's run: every node tries a PostgreSQL advisory lock held
 * until its transaction ends, and only the one that gets it does the work.
 */
@Component
public class ClusterLock {

    private final JdbcClient jdbc;

    public ClusterLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this transaction now holds the lock {@code key}; call inside a transaction. */
    public boolean tryForTransaction(long key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single();
    }
}
