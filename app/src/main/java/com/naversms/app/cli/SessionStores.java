package com.naversms.app.cli;

import com.naversms.adapters.dynamodb.DynamoClients;
import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.app.settings.StateSettings;
import com.naversms.core.session.SessionStore;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The session store the operator tools write to: the one the cycle reads ({@link StateSettings}).
 * {@code STATE_BACKEND=dynamodb} → the {@code session} table ({@code SESSION_TABLE}, {@code
 * AWS_REGION}, {@code DYNAMODB_ENDPOINT}); otherwise SQLite at {@code --sqlite}, {@code
 * SQLITE_PATH} or the default state file.
 */
final class SessionStores {
  private SessionStores() {}

  /** {@code state}, or the SQLite file {@code sqlite} when the command names one. */
  static OpenedStore<SessionStore> open(StateSettings state, Path sqlite) {
    StateSettings chosen = sqlite == null ? state : state.withSqliteFile(sqlite);
    if (chosen.backend() == StateSettings.Backend.DYNAMODB) {
      DynamoDbClient client = DynamoClients.create(chosen.dynamo());
      String table = chosen.dynamo().sessionTable();
      return new OpenedStore<>(
          new DynamoSessionStore(client, table), "DynamoDB table " + table, client);
    }
    Path file = chosen.sqlitePath();
    SqliteDatabase db = SqliteDatabase.open(file);
    return new OpenedStore<>(new SqliteSessionStore(db), "SQLite " + file, db);
  }
}
