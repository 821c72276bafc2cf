package vn.greenzone.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a database out of reach from a fault of the request: the first is answered 503 with Retry-After. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether the failure is the database being out of reach, rather than a fault of this request: no connection
     * (refused, or none free within the pool's timeout), or one cut off (SQLState class 08, or 57P, the server
     * shutting down or crashed). A statement cut off is often followed by a rollback that fails on the dead
     * connection too; the rollback's failure replaces the statement's, which it keeps as the application exception
     * (a failed commit, though, it only logs).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback) {
                // with no application exception the commit itself failed, and Spring only logged why: a failed
                // commit and a failed rollback on one connection are that connection gone
                return rollback.getApplicationException() == null ? rollback.getCause() instanceof SQLException
                        : unreachable(rollback.getApplicationException());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
