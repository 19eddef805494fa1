package com.naversms.adapters.redaction;

import com.naversms.core.booking.PersonName;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's last line of defence (docs/design.md 6.8): whatever a caller put into a log line,
 * Korean mobile numbers leave as {@code 010-****-5678}, values under a name key leave masked and
 * known secret strings leave as {@code ***}. Immutable; {@link #withSecrets} returns a new
 * instance.
 */
public final class Redaction {
  /** Secrets shorter than this are not replaced: "1" or "ab" would shred every line. */
  static final int MIN_SECRET_LENGTH = 4;

  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(01[016789])[- .]?([0-9]{3,4})[- .]?([0-9]{4})(?![0-9])");

  /** Keys whose value is a person's name, at the top level or nested in a value. */
  private static final Set<String> NAME_KEYS = Set.of("name", "name_masked", "customer_name");

  private final List<String> secrets;

  private Redaction(List<String> secrets) {
    this.secrets = secrets;
  }

  public static Redaction none() {
    return new Redaction(List.of());
  }

  /** Adds secret values (credentials as loaded); blank and very short values are ignored. */
  public Redaction withSecrets(Collection<String> more) {
    List<String> all = new ArrayList<>(secrets);
    for (String s : more) {
      if (s != null && s.strip().length() >= MIN_SECRET_LENGTH && !all.contains(s)) {
        all.add(s);
      }
    }
    // longest first, so a secret that contains another is replaced whole
    all.sort(Comparator.comparingInt(String::length).reversed());
    return new Redaction(List.copyOf(all));
  }

  /** The secret values, longest first. */
  public List<String> secrets() {
    return secrets;
  }

  /** This redaction with the secrets of {@code other} as well. */
  public Redaction with(Redaction other) {
    return other.secrets.isEmpty() ? this : withSecrets(other.secrets);
  }

  /** Replaces the secrets alone (output that may show phones: {@code plan --format json}). */
  public String secretsOnly(String value) {
    String out = value;
    for (String secret : secrets) {
      out = out.replace(secret, "***");
    }
    return out;
  }

  /** Masks one free-text value: secrets, then phone numbers. */
  public String text(String value) {
    String out = secretsOnly(value);
    Matcher m = MOBILE.matcher(out);
    return m.replaceAll(r -> r.group(1) + "-****-" + r.group(3));
  }

  /** Masks a value of any JSON-able shape; {@code key} is the key it sits under, if any. */
  public Object value(String key, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), value(String.valueOf(k), v)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(value(null, v)));
      return out;
    }
    if (value instanceof String s) {
      String masked = key != null && NAME_KEYS.contains(key) ? maskName(s) : s;
      return text(masked);
    }
    return switch (value) {
      case Number n -> n;
      case Boolean b -> b;
      case ActionType a -> a.value();
      case Status st -> st.value();
      case Enum<?> e -> e.name().toLowerCase(Locale.ROOT);
      default -> value(key, value.toString());
    };
  }

  private static String maskName(String name) {
    return name.contains("*") ? name : PersonName.masked(name);
  }
}
