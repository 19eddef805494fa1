package com.naversms.app.cli;

import com.naversms.adapters.dynamodb.DynamoClients;
import com.naversms.adapters.dynamodb.DynamoOptOutStore;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteOptOutStore;
import com.naversms.app.settings.StateSettings;
import com.naversms.core.optout.OptOutStore;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The opt-out list the {@code optout} commands manage: the one the cycle reads ({@link
 * StateSettings}, as {@code run} has it). {@code STATE_BACKEND=dynamodb} → the table {@code
 * OPTOUT_TABLE} ({@code AWS_REGION}, {@code DYNAMODB_ENDPOINT}); otherwise the SQLite state file
 * ({@code SQLITE_PATH} or the default), which must exist: a wrong path would otherwise look like an
 * empty list.
 */
final class OptOutStores {
  private OptOutStores() {}

  /**
   * @throws IllegalArgumentException (exit 2) when the SQLite state file does not exist
   */
  static OpenedStore<OptOutStore> open(StateSettings state) {
    if (state.backend() == StateSettings.Backend.DYNAMODB) {
      DynamoDbClient client = DynamoClients.create(state.dynamo());
      String table = state.dynamo().optOutTable();
      return new OpenedStore<>(
          new DynamoOptOutStore(client, table), "DynamoDB table " + table, client);
    }
    Path file = state.sqlitePath();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "state file "
              + file
              + " (SQLITE_PATH) does not exist: set SQLITE_PATH to the state file 'run' and"
              + " 'daemon' use, or create it once with 'naver-sms run --init-state'");
    }
    SqliteDatabase db = SqliteDatabase.open(file);
    return new OpenedStore<>(new SqliteOptOutStore(db), "SQLite " + file, db);
  }
}
