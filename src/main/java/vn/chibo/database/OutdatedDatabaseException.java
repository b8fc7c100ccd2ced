package vn.chibo.database;

import java.nio.file.Path;

/** The database was made by a build of Chibo from before the baseline schema. */
class OutdatedDatabaseException extends RuntimeException {

    private final transient Path dataDir;

    OutdatedDatabaseException(Path dataDir) {
        super("The database was made by a build of Chibo from before the baseline schema");
        this.dataDir = dataDir;
    }

    /** The embedded database's folder, or null when the database is an external one. */
    Path dataDir() {
        return dataDir;
    }
}
