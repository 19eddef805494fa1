package com.naversms.core.plan;

import java.util.List;

/**
 * A booking value that a planned SMS carries changed so SENS can carry it (issue 12.2, {@link
 * SmsValues}): which message ({@code rule}, {@code bookingNum}, {@code template}), which value
 * ({@code booking.name}), the value as sent but masked ({@code 김*수}) and what happened to each
 * character. Listed by {@code plan --explain} and logged by the cycle; never the value itself.
 */
public record ValueChange(
    String rule,
    String bookingNum,
    String storeId,
    String template,
    String value,
    String masked,
    List<String> characters) {
  public ValueChange {
    characters = List.copyOf(characters);
  }

  /** {@code booking.name (김*수): "😀" (U+1F600) dropped: no replacement}. */
  public String describe() {
    return value + " (" + masked + "): " + String.join(", ", characters);
  }
}
