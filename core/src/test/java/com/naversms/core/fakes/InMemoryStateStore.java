package com.naversms.core.fakes;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link StateStore} in memory with the claim semantics of the real adapters; every method is
 * atomic (synchronized), as a conditional write is. {@link #read} shows the delivery attributes in
 * {@code extra} under the names the real stores use ({@code confirm_sms_attempts}, ...).
 */
public final class InMemoryStateStore implements StateStore {
  private final Map<RecordKey, StoredRecord> records = new LinkedHashMap<>();
  private final Map<MessageKey, Instant> claims = new HashMap<>();
  private final Map<MessageKey, Integer> failures = new HashMap<>();
  private final Map<MessageKey, String> requestIds = new HashMap<>();
  private final Map<MessageKey, MessageOrigin> origins = new HashMap<>();
  private final Map<MessageKey, String> lastErrors = new HashMap<>();
  private final Map<MessageKey, Instant> sentAt = new HashMap<>();

  /** Items without an {@code option_sms} attribute (the legacy system writes none). */
  private final Set<RecordKey> withoutOptionFlag = new HashSet<>();

  public synchronized void put(StoredRecord record) {
    records.put(record.key(), record);
  }

  /**
   * An item as the legacy Python system writes it: {@code remind_sms} and {@code option_sms}
   * missing, so the option scan ({@code option_sms = false}) does not list it until one is set.
   */
  public synchronized void putLegacy(StoredRecord record) {
    records.put(record.key(), record);
    withoutOptionFlag.add(record.key());
  }

  public synchronized Map<RecordKey, StoredRecord> all() {
    return Map.copyOf(records);
  }

  public synchronized Map<MessageKey, Instant> claims() {
    return Map.copyOf(claims);
  }

  public synchronized int failedAttempts(MessageKey key) {
    return failures.getOrDefault(key.unslotted(), 0);
  }

  public synchronized String requestId(MessageKey key) {
    return requestIds.get(key);
  }

  @Override
  public synchronized Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys) {
    Map<RecordKey, StoredRecord> found = new HashMap<>();
    for (RecordKey k : keys) {
      if (records.containsKey(k)) {
        found.put(k, withDeliveries(records.get(k)));
      }
    }
    return found;
  }

  @Override
  public synchronized List<StoredRecord> unnotifiedOptionRecords() {
    return records.values().stream()
        .filter(r -> !r.optionSms() && !withoutOptionFlag.contains(r.key()))
        .map(this::withDeliveries)
        .toList();
  }

  /** Every record with its delivery attributes, as {@link #read} shows them. */
  @Override
  public synchronized List<StoredRecord> everyRecord() {
    return records.values().stream().map(this::withDeliveries).toList();
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
  public synchronized ClaimOutcome claim(
      MessageKey slotted, MessageOrigin origin, int maxAttempts, Instant now) {
    MessageKey key = slotted.unslotted();
    StoredRecord r = records.get(key.record());
    if (r != null && delivered(r, slotted)) {
      return new ClaimOutcome.AlreadyDelivered();
    }
    if (claims.containsKey(key)
        && (slotted.slot() == null
            || Slots.claimHeldFor(withDeliveries(r), key.flag(), slotted.slot()))) {
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
    origins.put(key, origin);
    if (slotted.slot() != null) {
      putExtra(
          key.record(), new DeliveryAttributes(key.flag()).claimSlot(), Slots.text(slotted.slot()));
    }
    return new ClaimOutcome.Claimed(failed + 1);
  }

  private static boolean delivered(StoredRecord r, MessageKey key) {
    return key.slot() == null ? r.flag(key.flag()) : Slots.flagSetFor(r, key.flag(), key.slot());
  }

  @Override
  public synchronized void markDelivered(MessageKey slotted, String requestId, Instant now) {
    MessageKey key = slotted.unslotted();
    withFlag(key, true);
    stampSlot(slotted);
    requestIds.put(key, requestId);
    sentAt.put(key, now);
    claims.remove(key);
  }

  private void stampSlot(MessageKey slotted) {
    if (slotted.slot() != null) {
      putExtra(
          slotted.record(),
          new DeliveryAttributes(slotted.flag()).slot(),
          Slots.text(slotted.slot()));
    }
  }

  private void putExtra(RecordKey key, String name, Object value) {
    StoredRecord r = records.get(key);
    Map<String, Object> extra = new HashMap<>(r.extra());
    extra.put(name, value);
    records.put(
        key,
        new StoredRecord(
            r.key(),
            r.name(),
            r.bookingTime(),
            r.confirmSms(),
            r.remindSms(),
            r.optionSms(),
            r.optionTime(),
            extra));
  }

  @Override
  public synchronized void updateRecord(RecordKey key, RecordUpdate update) {
    StoredRecord r = records.get(key);
    if (r == null) {
      return;
    }
    Map<String, Object> extra = new HashMap<>(r.extra());
    update.setIfAbsent().forEach(extra::putIfAbsent);
    records.put(
        key,
        new StoredRecord(
            r.key(),
            r.name(),
            update.bookingTime() == null ? r.bookingTime() : update.bookingTime(),
            r.confirmSms(),
            r.remindSms(),
            r.optionSms(),
            r.optionTime(),
            extra));
  }

  @Override
  public synchronized int releaseFailed(MessageKey slotted, String error, Instant now) {
    MessageKey key = slotted.unslotted();
    claims.remove(key);
    lastErrors.put(key, truncated(error));
    return failures.merge(key, 1, Integer::sum);
  }

  @Override
  public synchronized void releaseUncounted(MessageKey slotted, String reason, Instant now) {
    MessageKey key = slotted.unslotted();
    claims.remove(key);
    lastErrors.put(key, truncated(reason));
  }

  private static String truncated(String error) {
    String e = error == null ? "" : error;
    return e.length() <= 500 ? e : e.substring(0, 500);
  }

  /** Writes a claim as another process would, e.g. one whose clock runs ahead. */
  public synchronized void putClaim(MessageKey key, Instant claimedAt) {
    claims.put(key, claimedAt);
  }

  /** As {@link #putClaim(MessageKey, Instant)}, recording the rule and template as a claim does. */
  public synchronized void putClaim(MessageKey key, MessageOrigin origin, Instant claimedAt) {
    claims.put(key, claimedAt);
    origins.put(key, origin);
  }

  @Override
  public synchronized void setFlag(MessageKey key, boolean value, Instant now) {
    withFlag(key.unslotted(), value);
    if (value) {
      stampSlot(key);
    }
  }

  @Override
  public synchronized List<Unsettled> unsettled(ClaimWindow live, int maxAttempts) {
    List<Unsettled> out = new ArrayList<>();
    claims.forEach((k, since) -> {
      if (live.isStale(since)) {
        out.add(new Unsettled.StaleClaim(k, since, originOf(k)));
      }
    });
    failures.forEach((k, attempts) -> {
      StoredRecord r = records.get(k.record());
      boolean delivered = r != null && r.flag(k.flag());
      if (attempts >= maxAttempts && !delivered && !claims.containsKey(k)) {
        out.add(new Unsettled.Exhausted(k, attempts, lastErrors.getOrDefault(k, ""), originOf(k)));
      }
    });
    return out;
  }

  private MessageOrigin originOf(MessageKey key) {
    return origins.getOrDefault(key, new MessageOrigin("", ""));
  }

  private StoredRecord withDeliveries(StoredRecord r) {
    Map<String, Object> extra = new HashMap<>(r.extra());
    for (MessageKey k : deliveryKeys()) {
      if (!k.record().equals(r.key())) {
        continue;
      }
      DeliveryAttributes a = new DeliveryAttributes(k.flag());
      putIfPresent(
          extra, a.claimedAt(), claims.containsKey(k) ? claims.get(k).toEpochMilli() : null);
      int failed = failures.getOrDefault(k, 0);
      putIfPresent(extra, a.attempts(), failed > 0 ? (long) failed : null);
      putIfPresent(extra, a.lastError(), lastErrors.get(k));
      putIfPresent(extra, a.requestId(), requestIds.get(k));
      putIfPresent(extra, a.sentAt(), sentAt.containsKey(k) ? sentAt.get(k).toEpochMilli() : null);
      MessageOrigin origin = origins.get(k);
      if (origin != null) {
        extra.put(a.rule(), origin.rule());
        extra.put(a.template(), origin.template());
      }
    }
    return new StoredRecord(
        r.key(),
        r.name(),
        r.bookingTime(),
        r.confirmSms(),
        r.remindSms(),
        r.optionSms(),
        r.optionTime(),
        extra);
  }

  private List<MessageKey> deliveryKeys() {
    java.util.Set<MessageKey> keys = new java.util.LinkedHashSet<>(claims.keySet());
    keys.addAll(failures.keySet());
    keys.addAll(requestIds.keySet());
    keys.addAll(origins.keySet());
    keys.addAll(lastErrors.keySet());
    return List.copyOf(keys);
  }

  private static void putIfPresent(Map<String, Object> extra, String name, Object value) {
    if (value != null) {
      extra.put(name, value);
    }
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
      case Flags.OPTION -> {
        option = value;
        withoutOptionFlag.remove(key.record());
      }
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
