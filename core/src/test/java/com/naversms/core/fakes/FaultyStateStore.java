package com.naversms.core.fakes;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link StateStore} decorator that injects failures: before ({@code before}) or after ({@code
 * after}, the write happened but the caller never learns) an operation, {@code faults} may return a
 * throwable to throw: a {@link com.naversms.core.state.StateStoreException} for throttling, an
 * {@link Error} to simulate the process dying.
 */
public final class FaultyStateStore implements StateStore {
  /**
   * Operation names: read, unnotified, create, claim, markDelivered, releaseFailed, setFlag, stale.
   */
  public record Step(String operation, boolean after) {}

  private final StateStore delegate;
  private final Function<Step, Throwable> faults;

  /** {@code faults} answers null for no fault. */
  public FaultyStateStore(StateStore delegate, Function<Step, Throwable> faults) {
    this.delegate = delegate;
    this.faults = faults;
  }

  private void check(String op, boolean after) {
    switch (faults.apply(new Step(op, after))) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException(t);
    }
  }

  private <T> T around(String op, Supplier<T> call) {
    check(op, false);
    T result = call.get();
    check(op, true);
    return result;
  }

  @Override
  public Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys) {
    return around("read", () -> delegate.read(keys));
  }

  @Override
  public List<StoredRecord> unnotifiedOptionRecords() {
    return around("unnotified", delegate::unnotifiedOptionRecords);
  }

  @Override
  public List<StoredRecord> everyRecord() {
    return around("every", delegate::everyRecord);
  }

  @Override
  public boolean create(StoredRecord record) {
    return around("create", () -> delegate.create(record));
  }

  @Override
  public ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now) {
    return around("claim", () -> delegate.claim(key, origin, maxAttempts, now));
  }

  @Override
  public void markDelivered(MessageKey key, String requestId, Instant now) {
    around(
        "markDelivered",
        () -> {
          delegate.markDelivered(key, requestId, now);
          return true;
        });
  }

  @Override
  public int releaseFailed(MessageKey key, String error, Instant now) {
    return around("releaseFailed", () -> delegate.releaseFailed(key, error, now));
  }

  @Override
  public void setFlag(MessageKey key, boolean value, Instant now) {
    around(
        "setFlag",
        () -> {
          delegate.setFlag(key, value, now);
          return true;
        });
  }

  @Override
  public void updateRecord(RecordKey key, RecordUpdate update) {
    around(
        "updateRecord",
        () -> {
          delegate.updateRecord(key, update);
          return null;
        });
  }

  @Override
  public void releaseUncounted(MessageKey key, String reason, Instant now) {
    around(
        "releaseUncounted",
        () -> {
          delegate.releaseUncounted(key, reason, now);
          return true;
        });
  }

  @Override
  public List<Unsettled> unsettled(ClaimWindow live, int maxAttempts) {
    return around("stale", () -> delegate.unsettled(live, maxAttempts));
  }
}
