package com.naversms.core.booking;

/** Phone number forms the legacy system uses: digits, hyphenated, and masked for logs. */
public final class Phone {
  private Phone() {}

  public static String digits(String phone) {
    if (phone == null) {
      return "";
    }
    // A loop, not replaceAll: the planner calls this several times per booking (issue 7 profile);
    // a phone that is digits already (every booking read) is returned as it is (issue 19).
    int first = 0;
    while (first < phone.length() && phone.charAt(first) >= '0' && phone.charAt(first) <= '9') {
      first++;
    }
    if (first == phone.length()) {
      return phone;
    }
    StringBuilder d = new StringBuilder(phone.length()).append(phone, 0, first);
    for (int i = first; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    return d.length() == phone.length() ? phone : d.toString();
  }

  /**
   * {@code 01000001234 -> 010-0000-1234}, {@code 0100001234 -> 010-000-1234}; anything else is
   * returned as digits (the legacy refactor's rule, reference 3.5).
   */
  public static String hyphenated(String phone) {
    String d = digits(phone);
    if (d.length() == 11) {
      return d.substring(0, 3) + "-" + d.substring(3, 7) + "-" + d.substring(7);
    }
    if (d.length() == 10) {
      return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
    }
    return d;
  }

  /** {@code 010-****-5678}; {@code unknown} when empty, {@code invalid} when under 8 digits. */
  public static String masked(String phone) {
    String d = digits(phone);
    if (d.isEmpty()) {
      return "unknown";
    }
    if (d.length() < 8) {
      return "invalid";
    }
    return d.substring(0, 3) + "-****-" + d.substring(d.length() - 4);
  }

  /** Last four digits, or {@code ****} when there are fewer. */
  public static String last4(String phone) {
    String d = digits(phone);
    return d.length() < 4 ? "****" : d.substring(d.length() - 4);
  }
}
