package com.naversms.core.delivery;

import com.naversms.core.plan.Message;

/** What became of one planned action. Expected outcomes are values (STYLE.md 6). */
public sealed interface Outcome {

  /**
   * SENS accepted the message; its flag is set (or will be reported uncertain, see note).
   *
   * @param channel the channel that carried it (an AlimTalk message goes as SMS/LMS when AlimTalk
   *     is off or refused it)
   * @param fallback why AlimTalk refused it, when it went as SMS/LMS instead; else empty
   */
  record Sent(String requestId, int attempt, String note, Message.Channel channel, String fallback)
      implements Outcome {
    public Sent {
      channel = channel == null ? Message.Channel.SMS : channel;
      fallback = fallback == null ? "" : fallback;
    }

    /** Sent as SMS/LMS. */
    public Sent(String requestId, int attempt, String note) {
      this(requestId, attempt, note, Message.Channel.SMS, "");
    }
  }

  /** The action was carried out: record written, flag set, notification delivered, event logged. */
  record Done(String detail) implements Outcome {}

  /** Nothing to do: already delivered, record exists, another cycle is sending it right now. */
  record Skipped(String reason) implements Outcome {}

  /**
   * The action failed. For an SMS the flag stays unset; {@code permanent} when no later cycle will
   * retry it (the attempts are exhausted).
   */
  record Failed(String errorType, String reason, boolean permanent) implements Outcome {}

  /**
   * The SMS may or may not have reached SENS. Its claim stays, so it is never re-sent
   * automatically; the operator decides (docs/operations.md).
   */
  record Uncertain(String reason) implements Outcome {}

  /**
   * The message ran out of attempts: {@code attempts} sends failed, the last with {@code
   * lastError}. Reported every cycle until an operator resolves it (docs/state.md section 5).
   */
  record Exhausted(int attempts, String lastError) implements Outcome {}

  /**
   * Not sent in this cycle for a reason outside the message (SENS refused the account's
   * credentials): no attempt was used, and the next cycle plans it again.
   */
  record Deferred(String reason) implements Outcome {}

  /** Dry run or comparison mode: the action would have run. Nothing was sent or written. */
  record Suppressed(String reason) implements Outcome {}
}
