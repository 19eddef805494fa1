package com.naversms.core.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which entries to list; every filter that is present must match. {@code phone} is a full number
 * (any form) or its last four digits; {@code date} is the Korean day the entry was opened.
 */
public record LedgerQuery(
    Optional<String> bookingNum,
    Optional<String> phone,
    Optional<LocalDate> date,
    Optional<MessageState> state,
    Optional<String> message) {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  public LedgerQuery {
    phone = phone.map(p -> p.replaceAll("\\D", "")).filter(p -> !p.isEmpty());
  }

  public static LedgerQuery all() {
    return new LedgerQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public LedgerQuery withBooking(String value) {
    return new LedgerQuery(Optional.of(value), phone, date, state, message);
  }

  public LedgerQuery withPhone(String value) {
    return new LedgerQuery(bookingNum, Optional.of(value), date, state, message);
  }

  public LedgerQuery withDate(LocalDate value) {
    return new LedgerQuery(bookingNum, phone, Optional.of(value), state, message);
  }

  public LedgerQuery withState(MessageState value) {
    return new LedgerQuery(bookingNum, phone, date, Optional.of(value), message);
  }

  /** The message's flag or key ({@code confirm_sms}, {@code custom_guide_sms}). */
  public LedgerQuery withMessage(String value) {
    return new LedgerQuery(bookingNum, phone, date, state, Optional.of(value));
  }

  /** Whether {@code phone} is only the last four digits (matched against every number's end). */
  public boolean byLastDigits() {
    return phone.filter(p -> p.length() == 4).isPresent();
  }

  public boolean matches(LedgerEntry e) {
    return bookingNum.map(b -> b.equals(e.key().bookingNum())).orElse(true)
        && phone
            .map(p ->
                byLastDigits() ? e.message().phone().endsWith(p) : p.equals(e.message().phone()))
            .orElse(true)
        && date.map(d -> d.equals(e.createdAt().atZone(SEOUL).toLocalDate())).orElse(true)
        && state.map(s -> s == e.state()).orElse(true)
        && message.map(m -> m.equals(e.key().message())).orElse(true);
  }
}
