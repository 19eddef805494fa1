package com.naversms.core.booking;

/**
 * A customer's phone as the partner API gives it, read strictly before anything can be sent to it
 * (issue 12.3): a Korean mobile number ({@code 010} and 8 digits, or {@code 011}, {@code 016} to
 * {@code 019} and 7 or 8: 10 or 11 digits in all), written with or without hyphens, spaces, dots or
 * brackets, with or without the country code ({@code +82 10-…}, {@code 82 10…}, {@code +82
 * (0)10…}). Anything else (a short or long number, letters, two numbers on two lines, another
 * country) is {@link Invalid}: the booking is a reported problem and gets nothing. A reason never
 * holds the number, only its masked form and length.
 */
public sealed interface MobileNumber {
  /** The number as SENS takes it: digits only, {@code 01000001234}. */
  record Valid(String digits) implements MobileNumber {}

  /** Why the text is not a Korean mobile number, with the value masked. */
  record Invalid(String reason) implements MobileNumber {}

  String EXPECTED = "expected a Korean mobile number (01X, 10 or 11 digits; hyphens, spaces, +82)";

  static MobileNumber read(String text) {
    if (text == null || text.isBlank()) {
      return new Invalid("missing");
    }
    String t = text.strip();
    boolean plus = t.startsWith("+");
    StringBuilder digits = new StringBuilder(t.length());
    for (int i = plus ? 1 : 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != '-' && c != ' ' && c != '.' && c != '(' && c != ')') {
        return new Invalid(EXPECTED + ", got " + describe(t) + " with " + what(c));
      }
    }
    String d = digits.toString();
    if (plus && !d.startsWith("82")) {
      return new Invalid(EXPECTED + ", got " + describe(t) + " with a country code other than +82");
    }
    String national = d.startsWith("82") ? national(d.substring(2)) : d;
    if (national.matches("010[0-9]{8}|01[16789][0-9]{7,8}")) {
      return new Valid(national);
    }
    return new Invalid(EXPECTED + ", got " + describe(t));
  }

  /** {@code 10…} after the country code is {@code 010…}; a kept trunk zero stays. */
  private static String national(String afterCountryCode) {
    return afterCountryCode.startsWith("0") ? afterCountryCode : "0" + afterCountryCode;
  }

  /** {@code "22 digits (010-****-0002)"}: never the number itself. */
  private static String describe(String text) {
    int n = Phone.digits(text).length();
    return n + (n == 1 ? " digit" : " digits") + " (" + Phone.masked(text) + ")";
  }

  private static String what(char c) {
    if (c == '\n' || c == '\r') {
      return "a line break (two numbers?)";
    }
    if (Character.isLetter(c)) {
      return "letters";
    }
    return String.format("the character U+%04X", (int) c);
  }
}
