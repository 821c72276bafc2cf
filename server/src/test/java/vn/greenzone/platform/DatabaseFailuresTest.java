package vn.greenzone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean the database is out of reach (503 with Retry-After) rather than a fault of the request. */
class DatabaseFailuresTest {

    @Test
    void aRollbackThatFailedAfterTheConnectionWasCutIsTheDatabaseOutOfReach() {
        // as the check-in writer saw it when PostgreSQL was killed: Hikari's closed connection has no SQLState
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
    }

    @Test
    void aCommitAndThenItsRollbackFailingIsTheDatabaseOutOfReach() {
        // as the group-commit writer saw it when PostgreSQL died during COMMIT: Spring logs the commit's failure
        // ("Commit exception overridden by rollback exception") and throws the rollback's, with no application exception
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
        assertThat(DatabaseFailures.unreachable(new TransactionSystemException("Transaction timed out"))).isFalse();
    }

    @Test
    void aRollbackAfterTheRequestsOwnFaultIsNot() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalArgumentException("a bad row"));

        assertThat(DatabaseFailures.unreachable(rollback)).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalArgumentException("a bad row"))).isFalse();
    }

    @Test
    void aConnectionCutOffIsTheDatabaseOutOfReach() {
        assertThat(DatabaseFailures.unreachable(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
    }
}
