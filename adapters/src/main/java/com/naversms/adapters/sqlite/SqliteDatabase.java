package com.naversms.adapters.sqlite;

import com.naversms.adapters.files.OwnerOnlyFiles;
import com.naversms.core.state.StateStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file holding the {@code sms}, {@code sms_delivery}, {@code session}, {@code digest},
 * {@code sms_messages} (the message ledger) and {@code sms_optouts} (the opt-out list) tables
 * (docs/state.md). WAL lets readers run beside the one writer; every write runs in {@code BEGIN
 * IMMEDIATE}, so a check and the write that depends on it are atomic even across processes (a
 * daemon and a CLI on the same file). Calls on one instance are serialised on it.
 */
public final class SqliteDatabase implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MS = 10_000;
  private static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS sms (
      booking_num TEXT NOT NULL,
      phone TEXT NOT NULL,
      name TEXT,
      booking_time TEXT,
      confirm_sms INTEGER,
      remind_sms INTEGER,
      option_sms INTEGER,
      option_time TEXT,
      extra TEXT NOT NULL DEFAULT '{}',
      PRIMARY KEY (booking_num, phone)
    ) WITHOUT ROWID\
    """,
    """
    CREATE TABLE IF NOT EXISTS sms_delivery (
      booking_num TEXT NOT NULL,
      phone TEXT NOT NULL,
      flag TEXT NOT NULL,
      claimed_at INTEGER,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      request_id TEXT,
      sent_at INTEGER,
      rule TEXT,
      template TEXT,
      PRIMARY KEY (booking_num, phone, flag)
    ) WITHOUT ROWID\
    """,
    "CREATE INDEX IF NOT EXISTS sms_delivery_claims ON sms_delivery (claimed_at)"
        + " WHERE claimed_at IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS session (id TEXT PRIMARY KEY, cookies TEXT NOT NULL)",
    // one row per day whose operator digest went out (docs/operations.md 2.7)
    "CREATE TABLE IF NOT EXISTS digest (day TEXT PRIMARY KEY, sent_at TEXT NOT NULL)",
    // the message ledger (docs/state.md): the entry as JSON in item, the columns it is found by
    """
    CREATE TABLE IF NOT EXISTS sms_messages (
      booking_num TEXT NOT NULL,
      entry TEXT NOT NULL,
      phone TEXT NOT NULL,
      state TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      accepted_at INTEGER,
      expires_at INTEGER NOT NULL,
      item TEXT NOT NULL,
      PRIMARY KEY (booking_num, entry)
    ) WITHOUT ROWID\
    """,
    "CREATE INDEX IF NOT EXISTS sms_messages_phone ON sms_messages (phone)",
    "CREATE INDEX IF NOT EXISTS sms_messages_awaiting ON sms_messages (accepted_at)"
        + " WHERE state = 'accepted'",
    "CREATE INDEX IF NOT EXISTS sms_messages_expiry ON sms_messages (expires_at)",
    // the numbers that refused advertising messages (docs/state.md 4, issue 15 item 5)
    """
    CREATE TABLE IF NOT EXISTS sms_optouts (
      phone TEXT PRIMARY KEY,
      added_at TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL
    ) WITHOUT ROWID\
    """,
  };

  /** Columns added after the first release, with their type: added to older files on open. */
  private static final String[][] ADDED_COLUMNS = {
    {"sms_delivery", "rule", "TEXT"},
    {"sms_delivery", "template", "TEXT"},
    {"session", "last_login_attempt", "TEXT"},
  };

  private final Path file;
  private final Connection connection;

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens the file and its tables, creating them when missing (file 0600, missing folders 0700).
   * Whether a missing file may be created is the caller's decision (`run --init-state`).
   */
  public static SqliteDatabase open(Path file) {
    try {
      OwnerOnlyFiles.create(file);
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      SqliteDatabase db = new SqliteDatabase(file, c);
      db.write(
          "create schema",
          conn -> {
            try (Statement s = conn.createStatement()) {
              for (String ddl : SCHEMA) {
                s.execute(ddl);
              }
              for (String[] column : ADDED_COLUMNS) {
                addMissing(conn, column[0], column[1], column[2]);
              }
            }
            return null;
          });
      return db;
    } catch (SQLException | java.io.IOException e) {
      throw new StateStoreException(
          "cannot open SQLite state file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing file for reading only: no table is created or changed, nothing is written (a
   * dry run). A missing file is an error, never created.
   */
  public static SqliteDatabase openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StateStoreException("SQLite state file " + file + " does not exist");
    }
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      return new SqliteDatabase(file, c);
    } catch (SQLException e) {
      throw new StateStoreException(
          "cannot open SQLite state file " + file + " for reading: " + e.getMessage(), e);
    }
  }

  /** Whether the file has {@code table} (a file opened read-only may predate it). */
  static boolean hasTable(Connection c, String table) throws SQLException {
    try (java.sql.PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      s.setString(1, table);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Whether {@code table} has {@code column} (an older file may lack an added column). */
  static boolean hasColumn(Connection c, String table, String column) throws SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        if (column.equalsIgnoreCase(rs.getString("name"))) {
          return true;
        }
      }
      return false;
    }
  }

  private static void addMissing(Connection c, String table, String column, String type)
      throws SQLException {
    if (!hasColumn(c, table, column)) {
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
      }
    }
  }

  /** Work on the connection; thrown SQLExceptions become StateStoreExceptions. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction: all of it or none of it, committed
   * when this returns. Writes that threads ask for while another write runs are committed together
   * (group commit, issue 19 item 3): the next thread to hold the connection runs every waiting
   * write in one transaction, each inside its own savepoint, so a write that fails is rolled back
   * alone and its caller gets its exception, and every caller returns only once the transaction
   * holding its write has committed (or gets the commit's failure). One commit per message lane at
   * a time made the backlog's lanes wait on each other's commits.
   */
  <T> T write(String operation, Work<T> work) {
    Pending<T> mine = new Pending<>(operation, work);
    synchronized (waiting) {
      waiting.add(mine);
    }
    synchronized (this) {
      if (!mine.done) {
        List<Pending<?>> batch;
        synchronized (waiting) {
          batch = new ArrayList<>(waiting);
          waiting.clear();
        }
        commitTogether(batch);
      }
    }
    return mine.result();
  }

  /** Writes waiting for the connection, in the order they were asked for. */
  private final List<Pending<?>> waiting = new ArrayList<>();

  /** One write asked for: its outcome once the transaction that ran it ended. */
  private static final class Pending<T> {
    private final String operation;
    private final Work<T> work;
    private boolean done;
    private T value;
    private RuntimeException failure;

    Pending(String operation, Work<T> work) {
      this.operation = operation;
      this.work = work;
    }

    /** Runs the work inside a savepoint; its failure is kept for its caller. */
    void runIn(Connection c, SqliteDatabase db) throws SQLException {
      db.exec("SAVEPOINT w");
      try {
        value = work.run(c);
        db.exec("RELEASE w");
      } catch (SQLException e) {
        db.exec("ROLLBACK TO w");
        db.exec("RELEASE w");
        failure = db.failure(operation, e);
      } catch (RuntimeException e) {
        db.exec("ROLLBACK TO w");
        db.exec("RELEASE w");
        failure = e;
      }
    }

    T result() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }

  /** Runs {@code batch} in one transaction; called holding this instance's monitor. */
  private void commitTogether(List<Pending<?>> batch) {
    try {
      exec("BEGIN IMMEDIATE");
      try {
        for (Pending<?> p : batch) {
          p.runIn(connection, this);
        }
        exec("COMMIT");
      } catch (SQLException | RuntimeException | Error e) {
        exec("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      for (Pending<?> p : batch) {
        p.failure = failure(p.operation, e);
        p.value = null;
      }
    } catch (RuntimeException e) {
      for (Pending<?> p : batch) {
        p.failure = e;
        p.value = null;
      }
    } catch (Error e) {
      // rolled back: no write of the batch reports success; this thread rethrows the error
      for (Pending<?> p : batch) {
        p.failure = new StateStoreException("SQLite " + p.operation + " on " + file + ": " + e, e);
        p.value = null;
      }
      throw e;
    } finally {
      for (Pending<?> p : batch) {
        p.done = true;
      }
    }
  }

  private StateStoreException failure(String operation, SQLException e) {
    return new StateStoreException(
        "SQLite " + operation + " on " + file + " failed: " + e.getMessage(), e);
  }

  /** Runs {@code work} on one consistent snapshot. */
  synchronized <T> T read(String operation, Work<T> work) {
    return inTransaction("BEGIN DEFERRED", operation, work);
  }

  private <T> T inTransaction(String begin, String operation, Work<T> work) {
    try {
      exec(begin);
      try {
        T result = work.run(connection);
        exec("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        exec("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw new StateStoreException(
          "SQLite " + operation + " on " + file + " failed: " + e.getMessage(), e);
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StateStoreException("cannot close SQLite state file " + file, e);
    }
  }
}
