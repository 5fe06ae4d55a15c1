package it.modulistica.app.seed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Rows gathered for a few tables and written in bulk on one connection: with {@code COPY} on
 * PostgreSQL (the driver's copy API, CSV text), with JDBC batches elsewhere (H2).
 */
final class BulkRows {

    /** A table and the columns the rows give, in order. */
    record Table(String name, List<String> columns) {

        Table(String name, String... columns) {
            this(name, List.of(columns));
        }
    }

    private final boolean postgres;
    private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();

    BulkRows(boolean postgres) {
        this.postgres = postgres;
    }

    /** Tables are written in the order they were first added to, so references go after what they name. */
    void add(Table table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " takes " + table.columns().size() + " values, not "
                    + values.length);
        }
        rows.computeIfAbsent(table, key -> new ArrayList<>()).add(values);
    }

    /** Writes and forgets the rows gathered; the caller commits. */
    void flush(Connection connection) throws SQLException {
        for (Map.Entry<Table, List<Object[]>> table : rows.entrySet()) {
            if (postgres) {
                copy(connection, table.getKey(), table.getValue());
            } else {
                batch(connection, table.getKey(), table.getValue());
            }
        }
        rows.clear();
    }

    private static void copy(Connection connection, Table table, List<Object[]> values) throws SQLException {
        StringBuilder csv = new StringBuilder(values.size() * 128);
        for (Object[] row : values) {
            for (int n = 0; n < row.length; n++) {
                if (n > 0) {
                    csv.append(',');
                }
                // Unquoted empty is NULL in CSV COPY; every value is quoted, so an empty text stays one.
                if (row[n] != null) {
                    csv.append('"').append(row[n].toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table.name() + " ("
                    + String.join(", ", table.columns()) + ") from stdin (format csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void batch(Connection connection, Table table, List<Object[]> values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table.name() + " ("
                + String.join(", ", table.columns()) + ") values ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")")) {
            for (Object[] row : values) {
                for (int n = 0; n < row.length; n++) {
                    insert.setObject(n + 1, row[n]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
