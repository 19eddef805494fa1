package com.naversms.adapters.dynamodb;

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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The state store contract against DynamoDB Local, in process (started once, ~2 s). */
class DynamoStateStoreTest {
  private static DynamoLocal local;

  @BeforeAll
  static void start() {
    local = DynamoLocal.shared();
  }

  @Nested
  class Records extends RecordContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }

  @Nested
  class Slots extends SlotContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }

  @Nested
  class Claims extends ClaimContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }

  @Nested
  class KeyForms extends KeyFormContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }

  @Nested
  class OptOuts extends OptOutContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }

  @Nested
  class Ledger extends LedgerContract {
    private String table;

    @Override
    protected MessageLedger newLedger(Duration retention) {
      table = local.newLedgerTable();
      return new DynamoLedger(local.client, table, retention);
    }

    @Override
    protected MessageLedger sameStorage() {
      return new DynamoLedger(local.client, table, Duration.ofDays(180));
    }

    /** What DynamoDB's TTL sweeper does (DynamoDB Local keeps expired items). */
    @Override
    protected int expire(Instant now) {
      int removed = 0;
      for (var item : local.client.scan(b -> b.tableName(table)).items()) {
        if (Long.parseLong(item.get("expires_at").n()) < now.getEpochSecond()) {
          local.client.deleteItem(b ->
              b.tableName(table)
                  .key(
                      java.util.Map.of(
                          "booking_num", item.get("booking_num"), "entry", item.get("entry"))));
          removed++;
        }
      }
      return removed;
    }
  }

  @Nested
  class Operators extends OperatorContract {
    @Override
    protected Stores newStores() {
      return new Stores(
          new DynamoBackend(local).store(),
          new DynamoLedger(local.client, local.newLedgerTable(), Duration.ofDays(180)));
    }
  }

  @Nested
  class Sessions extends SessionContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }
}
