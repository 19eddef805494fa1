package com.naversms.core.booking;

/** Name masking for logs (docs/design.md 6.8): {@code 김민수 -> 김*수}, {@code 김수 -> 김*}. */
public final class PersonName {
  private PersonName() {}

  public static String masked(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    if (cps.length == 2) {
      return new String(cps, 0, 1) + "*";
    }
    StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
    sb.append("*".repeat(cps.length - 2));
    return sb.appendCodePoint(cps[cps.length - 1]).toString();
  }
}
