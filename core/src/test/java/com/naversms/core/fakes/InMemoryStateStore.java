package com.naversms.core.fakes;

import com.naversms.core.ports.StateStore;
import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StateStore} in memory with the claim semantics of the real adapters; every method is
 * atomic (synchronized), as a conditional write is.
 */
public final class InMemoryStateStore implements StateStore {
  private final Map<RecordKey, StoredRecord> records = new LinkedHashMap<>();
  private final Map<MessageKey, Instant> claims = new HashMap<>();
  private final Map<MessageKey, Integer> failures = new HashMap<>();
  private final Map<MessageKey, String> requestIds = new HashMap<>();

  public synchronized void put(StoredRecord record) {
    records.put(record.key(), record);
  }

  public synchronized Map<RecordKey, StoredRecord> all() {
    return Map.copyOf(records);
  }

  public synchronized Map<MessageKey, Instant> claims() {
    return Map.copyOf(claims);
  }

  public synchronized int failedAttempts(MessageKey key) {
    return failures.getOrDefault(key, 0);
  }

  public synchronized String requestId(MessageKey key) {
    return requestIds.get(key);
  }

  @Override
  public synchronized Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys) {
    Map<RecordKey, StoredRecord> found = new HashMap<>();
    for (RecordKey k : keys) {
      if (records.containsKey(k)) {
        found.put(k, records.get(k));
      }
    }
    return found;
  }

  @Override
  public synchronized List<StoredRecord> unnotifiedOptionRecords() {
    return records.values().stream().filter(r -> !r.optionSms()).toList();
  }

  @Override
  public synchronized boolean create(StoredRecord record) {
    if (records.containsKey(record.key())) {
      return false;
    }
    records.put(record.key(), record);
    return true;
  }

  @Override
  public synchronized ClaimOutcome claim(MessageKey key, int maxAttempts, Instant now) {
    StoredRecord r = records.get(key.record());
    if (r != null && r.flag(key.flag())) {
      return new ClaimOutcome.AlreadyDelivered();
    }
    if (claims.containsKey(key)) {
      return new ClaimOutcome.InFlight(claims.get(key));
    }
    int failed = failures.getOrDefault(key, 0);
    if (failed >= maxAttempts) {
      return new ClaimOutcome.Exhausted(failed);
    }
    if (r == null) {
      records.put(key.record(), emptyRecord(key.record()));
    }
    claims.put(key, now);
    return new ClaimOutcome.Claimed(failed + 1);
  }

  @Override
  public synchronized void markDelivered(MessageKey key, String requestId, Instant now) {
    withFlag(key, true);
    requestIds.put(key, requestId);
    claims.remove(key);
  }

  @Override
  public synchronized int releaseFailed(MessageKey key, String error, Instant now) {
    claims.remove(key);
    return failures.merge(key, 1, Integer::sum);
  }

  @Override
  public synchronized void setFlag(MessageKey key, boolean value, Instant now) {
    withFlag(key, value);
  }

  @Override
  public synchronized List<MessageKey> staleClaims(Instant before) {
    List<MessageKey> stale = new ArrayList<>();
    claims.forEach((k, since) -> {
      if (since.isBefore(before)) {
        stale.add(k);
      }
    });
    return stale;
  }

  private void withFlag(MessageKey key, boolean value) {
    StoredRecord r = records.getOrDefault(key.record(), emptyRecord(key.record()));
    Map<String, Object> extra = new HashMap<>(r.extra());
    boolean confirm = r.confirmSms();
    boolean remind = r.remindSms();
    boolean option = r.optionSms();
    switch (key.flag()) {
      case Flags.CONFIRM -> confirm = value;
      case Flags.REMIND -> remind = value;
      case Flags.OPTION -> option = value;
      default -> extra.put(key.flag(), value);
    }
    records.put(
        key.record(),
        new StoredRecord(
            r.key(), r.name(), r.bookingTime(), confirm, remind, option, r.optionTime(), extra));
  }

  private static StoredRecord emptyRecord(RecordKey key) {
    return new StoredRecord(key, "", null, false, false, false, "", Map.of());
  }
}
