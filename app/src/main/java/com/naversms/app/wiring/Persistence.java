package com.naversms.app.wiring;

import com.naversms.adapters.dynamodb.DynamoClients;
import com.naversms.adapters.dynamodb.DynamoLedger;
import com.naversms.adapters.dynamodb.DynamoOptOutStore;
import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.dynamodb.DynamoSettings;
import com.naversms.adapters.dynamodb.DynamoStateStore;
import com.naversms.core.cycle.CycleJournal;
import com.naversms.core.cycle.DigestLedger;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.StateStore;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The records, the session, the message ledger and the opt-out list: DynamoDB (the legacy tables,
 * {@code sms_messages} and the opt-out table) here, or one SQLite file ({@link SelfHosted#sqlite},
 * kept apart so the cycle function's artifact carries no SQLite).
 */
public record Persistence(
    StateStore state,
    SessionStore session,
    MessageLedger ledger,
    OptOutStore optOuts,
    AutoCloseable resource)
    implements AutoCloseable {

  /**
   * The tables {@code SMS_TABLE}, {@code SESSION_TABLE}, {@code OPTOUT_TABLE} and {@code
   * LEDGER_TABLE} (the message ledger, entries kept for {@code retention}) through a client of the
   * settings.
   */
  public static Persistence dynamo(DynamoSettings settings, Duration retention) {
    DynamoDbClient client = DynamoClients.create(settings);
    return new Persistence(
        new DynamoStateStore(client, settings.smsTable()),
        new DynamoSessionStore(client, settings.sessionTable()),
        new DynamoLedger(client, settings.ledgerTable(), retention),
        new DynamoOptOutStore(client, settings.optOutTable()),
        client);
  }

  /** The ledger kept for the default retention. */
  public static Persistence dynamo(DynamoSettings settings) {
    return dynamo(settings, MessageLedger.DEFAULT_RETENTION);
  }

  /**
   * The given legacy tables, the opt-out list in its default table {@code sms_optouts}; no message
   * ledger.
   */
  public static Persistence dynamo(DynamoDbClient client, String smsTable, String sessionTable) {
    return dynamo(client, smsTable, sessionTable, DynamoOptOutStore.DEFAULT_TABLE);
  }

  public static Persistence dynamo(
      DynamoDbClient client, String smsTable, String sessionTable, String optOutTable) {
    return new Persistence(
        new DynamoStateStore(client, smsTable),
        new DynamoSessionStore(client, sessionTable),
        MessageLedger.none(),
        new DynamoOptOutStore(client, optOutTable),
        client);
  }

  /**
   * Where the daily digest is recorded once per day: the session store's table (DynamoDB item
   * {@code daily_digest}, SQLite table {@code digest}); a session store without one (a JSON file)
   * records it for this process only.
   */
  public DigestLedger digests() {
    if (session instanceof DigestLedger ledger) {
      return ledger;
    }
    java.util.Set<java.time.LocalDate> days = java.util.concurrent.ConcurrentHashMap.newKeySet();
    return (day, at) -> days.add(day);
  }

  /**
   * Where a live cycle records how it ended, for the console ({@code last_cycle} in the session
   * table); a session store without one (a JSON file) keeps it for this process only.
   */
  public CycleJournal cycles() {
    if (session instanceof CycleJournal journal) {
      return journal;
    }
    return new CycleJournal() {
      private volatile LastCycle last;

      @Override
      public void record(LastCycle cycle) {
        last = cycle;
      }

      @Override
      public Optional<LastCycle> last() {
        return Optional.ofNullable(last);
      }
    };
  }

  @Override
  public void close() throws Exception {
    resource.close();
  }
}
