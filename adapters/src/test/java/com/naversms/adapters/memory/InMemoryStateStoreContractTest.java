package com.naversms.adapters.memory;

import com.naversms.adapters.statecontract.ClaimContract;
import com.naversms.adapters.statecontract.KeyFormContract;
import com.naversms.adapters.statecontract.LedgerContract;
import com.naversms.adapters.statecontract.OperatorContract;
import com.naversms.adapters.statecontract.OptOutContract;
import com.naversms.adapters.statecontract.RecordContract;
import com.naversms.adapters.statecontract.SessionContract;
import com.naversms.adapters.statecontract.SlotContract;
import com.naversms.adapters.statecontract.StateBackend;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.fakes.InMemoryOptOutStore;
import com.naversms.core.fakes.InMemorySessionStore;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;

/**
 * The in-memory stores the core's tests run on pass the same contract suite as the real stores
 * (records, slots, claims, key forms, sessions, opt-outs, the message ledger and the operator's
 * commands over both), so what those tests prove holds for SQLite and DynamoDB too.
 */
class InMemoryStateStoreContractTest {

  @Nested
  class Records extends RecordContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  @Nested
  class Slots extends SlotContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  @Nested
  class Claims extends ClaimContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  @Nested
  class Ledger extends LedgerContract {
    private InMemoryMessageLedger last;

    @Override
    protected MessageLedger newLedger(Duration retention) {
      last = new InMemoryMessageLedger(retention);
      return last;
    }

    @Override
    protected MessageLedger sameStorage() {
      return last;
    }
  }

  @Nested
  class Operators extends OperatorContract {
    @Override
    protected Stores newStores() {
      return new Stores(new InMemoryStateStore(), new InMemoryMessageLedger(Duration.ofDays(180)));
    }
  }

  @Nested
  class Sessions extends SessionContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  @Nested
  class KeyForms extends KeyFormContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  @Nested
  class OptOuts extends OptOutContract {
    @Override
    protected StateBackend newBackend() {
      return new MemoryBackend();
    }
  }

  /** One store; "another store on the same storage" is the same instance (it is atomic). */
  static final class MemoryBackend implements StateBackend {
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final InMemoryOptOutStore optOuts = new InMemoryOptOutStore();

    @Override
    public StateStore store() {
      return store;
    }

    @Override
    public StateStore anotherStore() {
      return store;
    }

    @Override
    public SessionStore sessionStore() {
      return new InMemorySessionStore();
    }

    @Override
    public OptOutStore optOutStore() {
      return optOuts;
    }

    @Override
    public void putLegacyItem(RecordKey key, Object bizId) {
      store.putLegacy(
          new StoredRecord(
              key,
              "김테스트",
              LocalDateTime.of(2026, 11, 27, 14, 0),
              true,
              false,
              false,
              "",
              Map.of(
                  "biz_id",
                  bizId,
                  "status",
                  "RC03",
                  "option_keywords",
                  List.of(Map.of("name", "보정", "bookingCount", 1L, "price", 5000L)))));
    }

    @Override
    public List<String> phonesOf(String bookingNum) {
      return store.all().keySet().stream()
          .filter(k -> k.bookingNum().equals(bookingNum))
          .map(RecordKey::phone)
          .toList();
    }

    /** The DynamoDB type each attribute would have, from the Java value the store holds. */
    @Override
    public Map<String, String> rawTypes(RecordKey key) {
      StoredRecord r = store.read(List.of(key)).get(key);
      Map<String, String> types = new TreeMap<>();
      types.put("booking_num", "S");
      types.put("phone", "S");
      types.put("name", "S");
      types.put("booking_time", "S");
      types.put("confirm_sms", "BOOL");
      types.put("remind_sms", "BOOL");
      types.put("option_sms", "BOOL");
      types.put("option_time", "S");
      r.extra().forEach((name, value) -> types.put(name, typeOf(value)));
      return types;
    }

    private static String typeOf(Object value) {
      return switch (value) {
        case String s -> "S";
        case Number n -> "N";
        case Boolean b -> "BOOL";
        case List<?> l -> "L";
        case Map<?, ?> m -> "M";
        default -> value.getClass().getSimpleName();
      };
    }
  }
}
