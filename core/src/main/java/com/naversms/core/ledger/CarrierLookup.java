package com.naversms.core.ledger;

/**
 * Asks the provider what the carrier made of a message it accepted (SENS: {@code GET
 * …/messages?requestId=} then {@code …/messages/{messageId}}). Reads only; implementations never
 * throw for an expected answer.
 */
@FunctionalInterface
public interface CarrierLookup {

  Answer lookup(String requestId);

  /**
   * The result for the message to {@code to} (digits) of request {@code requestId}: one request can
   * carry several messages (SENS batches, docs/state.md 11), each to another number. By default the
   * request's only message.
   */
  default Answer lookup(String requestId, String to) {
    return lookup(requestId);
  }

  /**
   * The answer for one ledger entry: by default its request id's; a lookup that serves several
   * channels picks by the entry's channel ({@code sms}, {@code alimtalk}).
   */
  default Answer lookup(LedgerEntry entry) {
    return lookup(entry.requestId(), entry.message().phone());
  }

  sealed interface Answer {
    /** The carrier answered: delivered ({@code code} 0) or failed with its code. */
    record Completed(CarrierResult result) implements Answer {}

    /** Not known yet ({@code READY}, {@code PROCESSING}). */
    record Pending(String status) implements Answer {}

    /** The provider knows no such request (unknown, or older than it keeps). */
    record NotFound() implements Answer {}

    /** The lookup itself failed (network, credentials): asked again next cycle. */
    record Failed(String reason) implements Answer {}
  }

  /** No provider to ask (the cycle has no SENS credentials for it). */
  static CarrierLookup none() {
    return requestId -> new Answer.Failed("no carrier lookup configured");
  }
}
