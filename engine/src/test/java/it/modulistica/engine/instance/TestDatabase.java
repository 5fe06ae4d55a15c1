package it.modulistica.engine.instance;

import javax.sql.DataSource;

/**
 * A migrated database of its own for one test class, from {@link TestDatabases}. Closing it
 * discards the database (H2) or drops its schema (PostgreSQL).
 */
public final class TestDatabase implements AutoCloseable {

    /** The databases the platform supports, by their Flyway vendor name. */
    public enum Vendor {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String flywayName;

        Vendor(String flywayName) {
            this.flywayName = flywayName;
        }

        /** The folder of this vendor's migrations: {@code classpath:db/migration/<name>}. */
        public String migrations() {
            return "classpath:db/migration/" + flywayName;
        }
    }

    private final Vendor vendor;
    private final String jdbcUrl;
    private final String username;
    private final DataSource dataSource;
    private final Runnable discard;

    TestDatabase(Vendor vendor, String jdbcUrl, String username, DataSource dataSource, Runnable discard) {
        this.vendor = vendor;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.dataSource = dataSource;
        this.discard = discard;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The URL that reaches this database (and, on PostgreSQL, its schema), for Spring Boot properties. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        discard.run();
    }

    @Override
    public String toString() {
        return vendor + " " + jdbcUrl;
    }
}
