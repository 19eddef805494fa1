package com.naversms.core.optout;

import com.naversms.core.booking.Phone;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number an operator types for the opt-out list: a Korean mobile number ({@code 010-0000-1234},
 * {@code 01000001234}, {@code +82 10-0000-1234}), kept as its digits ({@code 01000001234}).
 * Anything else is refused with a reason that never repeats the number in full.
 */
public final class OptOutNumber {
  private static final Pattern MOBILE = Pattern.compile("01[016789][0-9]{7,8}");
  private static final Pattern TYPED = Pattern.compile("\\+?[0-9][0-9 .()-]*");

  private OptOutNumber() {}

  /** The digits of {@code typed}, or empty when it is not a mobile number. */
  public static Optional<String> parse(String typed) {
    if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
      return Optional.empty();
    }
    String digits = Phone.digits(typed);
    if (typed.strip().startsWith("+82")) {
      digits = "0" + digits.substring(2);
    }
    return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  /** Why {@code typed} was refused, for the error line. */
  public static String problem(String typed) {
    String digits = Phone.digits(typed);
    if (typed == null || typed.isBlank()) {
      return "the number is empty";
    }
    if (!TYPED.matcher(typed.strip()).matches()) {
      return "a phone number holds only digits, spaces, '-', '.', '(', ')' and a leading '+'";
    }
    return "not a Korean mobile number (01X and 10 or 11 digits, written as 010-XXXX-XXXX); got "
        + digits.length()
        + " digits";
  }
}
