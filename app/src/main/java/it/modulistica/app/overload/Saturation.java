package it.modulistica.app.overload;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells whether a failure means the platform is saturated rather than broken: no database
 * connection could be had in time. Such a failure is answered 503, never 500 or 401.
 */
public final class Saturation {

    private Saturation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof Saturated) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Thrown where a saturation is found but cannot be answered on the spot (an authentication failure handler). */
    public static final class Saturated extends RuntimeException {

        public Saturated(Throwable cause) {
            super("No database connection in time", cause);
        }
    }
}
