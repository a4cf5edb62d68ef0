package org.lagebild.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Brings a database to the current schema by applying the numbered scripts under {@code
 * migrations/} that it has not seen, each in its own transaction together with its row in {@code
 * schema_migrations}, so a crash mid-migration leaves the previous version intact.
 */
public final class SchemaMigrations {

  /** Scripts in order; a new schema change is a new file appended here, never an edit. */
  static final List<String> SCRIPTS =
      List.of("V1__articles_and_stories.sql", "V2__analysis_grouping_meta.sql");

  private SchemaMigrations() {}

  /** Applies the missing migrations and returns the schema version now in place. */
  public static int migrate(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
              + " script TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > SCRIPTS.size()) {
      throw new SQLException(
          "database schema version " + current + " is newer than this Lagebild (" + SCRIPTS.size()
              + "); use a newer Lagebild or another --data folder");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        String script = SCRIPTS.get(v - 1);
        try (Statement st = connection.createStatement()) {
          for (String sql : statements(load(script))) {
            st.execute(sql);
          }
          try (PreparedStatement ps =
              connection.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
            ps.setInt(1, v);
            ps.setString(2, script);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
          }
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return currentVersion(connection);
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String load(String script) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the jar: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }

  /** Splits a script at semicolons ending a line; comment lines are dropped. */
  static List<String> statements(String script) {
    StringBuilder sb = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sb.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(sb.toString().split(";\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
