package com.naversms.core.state;

import java.time.LocalDateTime;

/**
 * One message that must go at most once: a booking's record and the flag its delivery sets. A
 * slot-bound message (docs/state.md section 10) also names the slot it is for: the flag then counts
 * as set, and a claim as held, only for that slot, and its delivery stamps {@code {flag}_slot}.
 *
 * @param slot the booking's slot start (Korean wall clock) for a slot-bound flag; null otherwise
 */
public record MessageKey(RecordKey record, String flag, LocalDateTime slot) {
  /** A message that is not bound to the slot: at most once per booking. */
  public MessageKey(RecordKey record, String flag) {
    this(record, flag, null);
  }

  /** The same message without its slot: how reports and operator lists name it. */
  public MessageKey unslotted() {
    return slot == null ? this : new MessageKey(record, flag);
  }
}
