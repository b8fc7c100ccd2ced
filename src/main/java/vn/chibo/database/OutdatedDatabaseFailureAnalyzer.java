package vn.chibo.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says what to do with a database from before the baseline schema, in place of a stack trace:
 * the demo district is generated again on the next start of an empty embedded database.
 */
class OutdatedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<OutdatedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OutdatedDatabaseException cause) {
        if (cause.dataDir() != null) {
            return new FailureAnalysis(
                    "The data folder " + cause.dataDir() + " was made by an older build of Chibo (before the baseline schema).",
                    "Delete the data folder " + cause.dataDir() + " and start again: the demo district is generated anew.",
                    cause);
        }
        return new FailureAnalysis(
                "The database was made by an older build of Chibo (before the baseline schema).",
                "Create an empty database for Chibo (or drop and recreate this one) and start again.", cause);
    }
}
