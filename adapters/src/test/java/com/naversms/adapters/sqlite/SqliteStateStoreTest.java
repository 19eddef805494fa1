package com.naversms.adapters.sqlite;

import com.naversms.adapters.statecontract.ClaimContract;
import com.naversms.adapters.statecontract.KeyFormContract;
import com.naversms.adapters.statecontract.LedgerContract;
import com.naversms.adapters.statecontract.OperatorContract;
import com.naversms.adapters.statecontract.OptOutContract;
import com.naversms.adapters.statecontract.RecordContract;
import com.naversms.adapters.statecontract.SessionContract;
import com.naversms.adapters.statecontract.SlotContract;
import com.naversms.adapters.statecontract.StateBackend;
import com.naversms.core.ledger.MessageLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The state store contract against a real SQLite file (a new one per test). */
class SqliteStateStoreTest {
  private static final AtomicInteger FILES = new AtomicInteger();
  @TempDir static Path dir;

  static StateBackend newFile() {
    return new SqliteBackend(dir.resolve("state-" + FILES.incrementAndGet() + ".db"));
  }

  @Nested
  class Records extends RecordContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }

  @Nested
  class Slots extends SlotContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }

  @Nested
  class Claims extends ClaimContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }

  @Nested
  class KeyForms extends KeyFormContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }

  @Nested
  class Ledger extends LedgerContract {
    private Path file;

    @Override
    protected MessageLedger newLedger(Duration retention) {
      file = dir.resolve("ledger-" + FILES.incrementAndGet() + ".db");
      return new SqliteLedger(SqliteDatabase.open(file), retention);
    }

    @Override
    protected MessageLedger sameStorage() {
      return new SqliteLedger(SqliteDatabase.open(file), Duration.ofDays(180));
    }
  }

  @Nested
  class OptOuts extends OptOutContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }

  @Nested
  class Operators extends OperatorContract {
    @Override
    protected Stores newStores() {
      Path file = dir.resolve("operators-" + FILES.incrementAndGet() + ".db");
      SqliteDatabase db = SqliteDatabase.open(file);
      return new Stores(new SqliteStateStore(db), new SqliteLedger(db, Duration.ofDays(180)));
    }
  }

  @Nested
  class Sessions extends SessionContract {
    @Override
    protected StateBackend newBackend() {
      return newFile();
    }
  }
}
