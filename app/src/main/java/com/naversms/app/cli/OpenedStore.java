package com.naversms.app.cli;

/**
 * A store an operator command opened ({@link SessionStores}, {@link OptOutStores}), where it is
 * (what the command prints: "SQLite /path", "DynamoDB table name"), and what closing releases.
 */
record OpenedStore<T>(T store, String where, AutoCloseable resource) implements AutoCloseable {
  @Override
  public void close() {
    try {
      resource.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing " + where + ": " + e.getMessage(), e);
    }
  }
}
