package com.naversms.core.config;

import com.naversms.core.config.YamlNode.Scalar.Kind;
import com.naversms.core.rules.QuietHours;
import com.naversms.core.rules.QuietWindow;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code quiet_hours} of rules.yaml (docs/configuration.md, "Quiet hours"): at the top {@code
 * {start: "21:00", end: "08:00"}} (or {@code false}: none), on a rule the same mapping (its own
 * window) or {@code false} (exempt). Times are {@code HH:MM} of the Korean wall clock.
 */
final class QuietHoursReader {
  static final String KEY = "quiet_hours";
  private static final Pattern HH_MM = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  private QuietHoursReader() {}

  /** The file's window: empty when the key is absent or {@code false}. */
  static Optional<QuietWindow> top(Optional<YamlNode> root, Problems p) {
    return root.filter(YamlNode.Mapping.class::isInstance)
        .map(YamlNode.Mapping.class::cast)
        .flatMap(m -> m.get(KEY))
        .flatMap(n ->
            switch (read(n, p)) {
              case QuietHours.Own own -> Optional.of(own.own());
              default -> Optional.<QuietWindow>empty();
            });
  }

  /** A rule's {@code quiet_hours}: {@link QuietHours.Inherit} when absent. */
  static QuietHours rule(YamlNode.Mapping rule, Problems p) {
    return rule.get(KEY).map(n -> read(n, p)).orElse(QuietHours.inherit());
  }

  private static QuietHours read(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Scalar s && s.kind() == Kind.BOOL) {
      if (YamlValues.bool(n, p).orElse(false)) {
        p.at(n, "expected false (no quiet hours) or {start: \"21:00\", end: \"08:00\"}, got true");
      }
      return new QuietHours.Exempt();
    }
    if (!(n instanceof YamlNode.Mapping m)) {
      p.at(n, "expected false or {start: \"21:00\", end: \"08:00\"}, got " + n.describe());
      return QuietHours.inherit();
    }
    Keys.only(m, Set.of("start", "end"), p);
    Optional<LocalTime> start = time(m, "start", p);
    Optional<LocalTime> end = time(m, "end", p);
    if (start.isEmpty() || end.isEmpty()) {
      return QuietHours.inherit();
    }
    if (start.get().equals(end.get())) {
      p.at(m, "start and end are both " + start.get() + ": the window would be empty");
      return QuietHours.inherit();
    }
    return new QuietHours.Own(new QuietWindow(start.get(), end.get()));
  }

  private static Optional<LocalTime> time(YamlNode.Mapping m, String key, Problems p) {
    Optional<YamlNode> n = m.get(key);
    if (n.isEmpty()) {
      p.at(m, "missing \"" + key + "\" (HH:MM, Korean time)");
      return Optional.empty();
    }
    Optional<String> text = YamlValues.string(n.get(), p);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher hm = HH_MM.matcher(text.get().strip());
    if (!hm.matches()) {
      p.at(
          n.get(),
          "expected a time HH:MM (Korean time, e.g. \"21:00\"), got " + n.get().describe());
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(Integer.parseInt(hm.group(1)), Integer.parseInt(hm.group(2))));
  }
}
