package com.naversms.core.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the service records what was sent: the legacy {@code sms} table (DynamoDB) or its SQLite
 * twin. Items stay readable by the legacy Python system: the legacy attributes keep their names,
 * types and meaning; claims and attempt counts are extra attributes.
 *
 * <p>Infrastructure failures surface as {@link StateStoreException}; expected outcomes are values.
 */
public interface StateStore {

  /** Reads the records of the given keys in batches; keys without a record are absent. */
  Map<RecordKey, StoredRecord> read(Collection<RecordKey> keys);

  /** Every record whose {@code option_sms} is false (the RC08 fetch windows derive from them). */
  List<StoredRecord> unnotifiedOptionRecords();

  /**
   * The same records as {@link #unnotifiedOptionRecords}, each as the two values the RC08 windows
   * read. A store answers it with a narrower query (only those two columns or attributes).
   */
  default List<WaitingForOption> waitingForOption() {
    return WaitingForOption.of(unnotifiedOptionRecords());
  }

  /**
   * Writes the record if no record with its key exists; never overwrites an existing one.
   *
   * @return true when it was written
   */
  boolean create(StoredRecord record);

  /**
   * Claims a message before it is sent, with one conditional write that succeeds only when the flag
   * is not set, no other claim holds it and fewer than {@code maxAttempts} sends failed. Creates
   * the record's item when it is missing. A successful claim also records {@code origin} (the rule
   * and template that planned the message) beside the flag.
   *
   * <p>For a slot-bound key ({@link MessageKey#slot()} set, docs/state.md section 10) the flag
   * counts as set only when it was delivered for that slot ({@code {flag}_slot}, else {@code
   * booking_time}), a claim holds it only when it is for that slot ({@code {flag}_claim_slot}, or a
   * claim without one), and the claim writes {@code {flag}_claim_slot}.
   */
  ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now);

  /**
   * SENS accepted the claimed message: sets the flag to true, keeps the SENS {@code requestId} and
   * releases the claim; for a slot-bound key also sets {@code {flag}_slot} to the key's slot.
   */
  void markDelivered(MessageKey key, String requestId, Instant now);

  /**
   * The send failed for sure (SENS refused it, or every retry failed before SENS accepted it):
   * releases the claim, leaves the flag unset and counts the attempt.
   *
   * @return the number of failed attempts so far
   */
  int releaseFailed(MessageKey key, String error, Instant now);

  /**
   * The send was not made for a reason outside the message (SENS refused the account's
   * credentials): releases the claim, leaves the flag unset, keeps {@code reason} as the last error
   * and does not count an attempt.
   */
  void releaseUncounted(MessageKey key, String reason, Instant now);

  /**
   * Applies a reschedule or cancellation to the existing record (docs/state.md section 10): one
   * write that sets {@code booking_time} when {@code update} names one and every attribute of
   * {@code setIfAbsent} the record lacks, leaving every other attribute as it is. Does nothing when
   * the record does not exist.
   */
  void updateRecord(RecordKey key, RecordUpdate update);

  /**
   * Sets a flag directly ({@code update_flag} without a send); for a slot-bound key set to true,
   * also {@code {flag}_slot}.
   */
  void setFlag(MessageKey key, boolean value, Instant now);

  /**
   * The messages that need an operator, in one pass over the table: every claim dated outside
   * {@code live} (never completed or released), and every message whose flag is unset, with no
   * claim, whose failed attempts reached {@code maxAttempts}.
   */
  List<Unsettled> unsettled(ClaimWindow live, int maxAttempts);

  /**
   * Every record with every attribute, in one pass over the table (a paginated scan): the daily
   * digest counts the day's sends from them, once a day (docs/operations.md 2.7).
   */
  List<StoredRecord> everyRecord();

  /** Claims older than {@code before} that were never completed or released. */
  default List<MessageKey> staleClaims(Instant before) {
    return unsettled(ClaimWindow.before(before), Integer.MAX_VALUE).stream()
        .filter(Unsettled.StaleClaim.class::isInstance)
        .map(Unsettled::key)
        .toList();
  }
}
