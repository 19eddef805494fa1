package com.naversms.core.optout;

import com.naversms.core.booking.Phone;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The numbers that refused advertising messages (수신거부), as digits. The planner reads it: an
 * advertising message is never planned to a number on it; informational messages still go.
 */
public record OptOutList(Set<String> digits) {

  public OptOutList {
    digits = Set.copyOf(digits);
  }

  public static OptOutList empty() {
    return new OptOutList(Set.of());
  }

  /** Any phone forms ({@code 010-0000-1234}, {@code 01000001234}); kept as digits. */
  public static OptOutList of(Collection<String> phones) {
    return new OptOutList(
        phones.stream().map(Phone::digits).filter(d -> !d.isEmpty()).collect(Collectors.toSet()));
  }

  public boolean contains(String phone) {
    return digits.contains(Phone.digits(phone));
  }

  /** This list and {@code other} together (ours and SENS's unsubscribe list). */
  public OptOutList with(OptOutList other) {
    if (other.digits.isEmpty()) {
      return this;
    }
    return new OptOutList(
        Stream.concat(digits.stream(), other.digits.stream()).collect(Collectors.toSet()));
  }

  public int size() {
    return digits.size();
  }
}
