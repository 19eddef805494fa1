package com.naversms.adapters.dynamodb;

import com.naversms.adapters.statecontract.ClaimContract;
import com.naversms.adapters.statecontract.KeyFormContract;
import com.naversms.adapters.statecontract.OptOutContract;
import com.naversms.adapters.statecontract.RecordContract;
import com.naversms.adapters.statecontract.SessionContract;
import com.naversms.adapters.statecontract.SlotContract;
import com.naversms.adapters.statecontract.StateBackend;
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
  class Sessions extends SessionContract {
    @Override
    protected StateBackend newBackend() {
      return new DynamoBackend(local);
    }
  }
}
