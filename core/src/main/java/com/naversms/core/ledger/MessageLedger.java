package com.naversms.core.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every customer message the service planned and tried, with its lifecycle (docs/state.md, "The
 * message ledger"): the SQLite table {@code sms_messages} beside {@code sms}, or the DynamoDB table
 * of its own. The legacy {@code sms} item stays the source of "already sent"; the ledger never
 * decides whether a message goes.
 *
 * <p>Every write is one atomic read-change-write of one entry ({@link LedgerEntry#after}); entries
 * expire {@code LEDGER_RETENTION_DAYS} after their last change. Infrastructure failures surface as
 * {@link com.naversms.core.state.StateStoreException}.
 */
public interface MessageLedger {
  Duration DEFAULT_RETENTION = Duration.ofDays(180);

  /** Newest first: the order every listing uses. */
  Comparator<LedgerEntry> NEWEST_FIRST =
      Comparator.comparing(LedgerEntry::createdAt).thenComparing(e -> e.key().id()).reversed();

  /**
   * Applies {@code change} to the entry of {@code key}.
   *
   * @return true when it was applied; false when it does not apply ({@link LedgerEntry#after}),
   *     e.g. a carrier result another cycle recorded first
   */
  boolean record(LedgerKey key, Change change);

  Optional<LedgerEntry> get(LedgerKey key);

  /** The entries {@code query} matches, newest first. */
  List<LedgerEntry> find(LedgerQuery query);

  /**
   * Entries still {@link MessageState#ACCEPTED} that the provider accepted in {@code [from,
   * before)}, oldest first, at most {@code limit}.
   */
  List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit);

  /**
   * Removes the entries whose retention ended before {@code now} (DynamoDB's TTL does it there).
   *
   * @return how many were removed
   */
  int deleteExpired(Instant now);

  /** A ledger that keeps nothing (a dry run writes nothing). */
  static MessageLedger none() {
    return new MessageLedger() {
      @Override
      public boolean record(LedgerKey key, Change change) {
        return false;
      }

      @Override
      public Optional<LedgerEntry> get(LedgerKey key) {
        return Optional.empty();
      }

      @Override
      public List<LedgerEntry> find(LedgerQuery query) {
        return List.of();
      }

      @Override
      public List<LedgerEntry> awaitingCarrier(Instant from, Instant before, int limit) {
        return List.of();
      }

      @Override
      public int deleteExpired(Instant now) {
        return 0;
      }
    };
  }
}
