package com.naversms.core.fakes;

import com.naversms.core.ledger.Change;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ledger in a map; every write is atomic (one lock), as the real stores' are. */
public final class InMemoryMessageLedger implements MessageLedger {
  private final Map<LedgerKey, LedgerEntry> entries = new ConcurrentHashMap<>();
  private final Duration retention;

  public InMemoryMessageLedger() {
    this(DEFAULT_RETENTION);
  }

  public InMemoryMessageLedger(Duration retention) {
    this.retention = retention;
  }

  @Override
  public synchronized boolean record(LedgerKey key, Change change) {
    Optional<LedgerEntry> next =
        LedgerEntry.after(Optional.ofNullable(entries.get(key)), key, change);
    next.ifPresent(e -> entries.put(key, e));
    return next.isPresent();
  }

  @Override
  public Optional<LedgerEntry> get(LedgerKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public List<LedgerEntry> find(LedgerQuery query) {
    return entries.values().stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
  }

  @Override
  public List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit) {
    return entries.values().stream()
        .filter(LedgerEntry::awaitsCarrier)
        .filter(e -> !e.acceptedAt().isBefore(from) && e.acceptedAt().isBefore(before))
        .sorted(Comparator.comparing(LedgerEntry::acceptedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int deleteExpired(Instant now) {
    List<LedgerKey> expired =
        entries.values().stream()
            .filter(e -> e.updatedAt().plus(retention).isBefore(now))
            .map(LedgerEntry::key)
            .toList();
    expired.forEach(entries::remove);
    return expired.size();
  }

  public List<LedgerEntry> all() {
    return find(LedgerQuery.all());
  }
}
