package com.naversms.core.secrets;

/** How a secret value may appear in logs: its first four characters at most. */
public final class Masking {
  private Masking() {}

  /** {@code "xoxb-1234-abcd" -> "xoxb***"}; values of eight characters or fewer are all stars. */
  public static String mask(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "";
    }
    return secret.length() <= 8 ? "***" : secret.substring(0, 4) + "***";
  }
}
