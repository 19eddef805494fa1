package com.naversms.adapters.env;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of yes/no settings (environment variables): {@code true/false}, {@code 1/0},
 * {@code yes/no}, {@code on/off} in any case, surrounding blanks ignored. Anything else is refused
 * with the variable's name, so a switch an operator meant to turn on (a kill switch above all) is
 * never silently read as off.
 */
public final class BooleanSetting {
  private BooleanSetting() {}

  /** The value's meaning, or empty when it is not one of the accepted words. */
  public static Optional<Boolean> parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> Optional.of(true);
      case "false", "0", "no", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * {@code name}'s value in {@code env}; {@code fallback} when it is absent or blank.
   *
   * @throws IllegalArgumentException naming the variable when the value is not a yes/no word
   */
  public static boolean read(Map<String, String> env, String name, boolean fallback) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return parse(raw).orElseThrow(() -> new IllegalArgumentException(refusal(name, raw)));
  }

  /**
   * A marker set by someone else (for example {@code CI}, which some CI systems set to their own
   * name): absent or a false word is off; a true word or any other value is on.
   */
  public static boolean marker(Map<String, String> env, String name) {
    String raw = env.get(name);
    return raw != null && !raw.isBlank() && parse(raw).orElse(true);
  }

  static String refusal(String name, String raw) {
    return name
        + "="
        + raw.strip()
        + ": not a yes/no value (accepted, in any case: true/false, 1/0, yes/no, on/off)";
  }
}
