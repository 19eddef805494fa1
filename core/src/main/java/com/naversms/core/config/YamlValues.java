package com.naversms.core.config;

import com.naversms.core.config.YamlNode.Scalar.Kind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Typed reads of YAML nodes; a wrong type is reported (with path and line) and read as empty. */
final class YamlValues {
  private YamlValues() {}

  static Optional<YamlNode.Mapping> mapping(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    p.at(n, "expected a mapping, got " + n.describe());
    return Optional.empty();
  }

  static Optional<YamlNode.Sequence> sequence(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Sequence s) {
      return Optional.of(s);
    }
    p.at(n, "expected a list, got " + n.describe());
    return Optional.empty();
  }

  /** Any non-null scalar, as written. */
  static Optional<String> string(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Scalar s && s.kind() != Kind.NULL && s.kind() != Kind.OTHER) {
      return Optional.of(s.text());
    }
    p.at(n, "expected a text value, got " + n.describe());
    return Optional.empty();
  }

  static Optional<String> nonBlank(YamlNode n, Problems p) {
    Optional<String> s = string(n, p);
    if (s.isPresent() && s.get().isBlank()) {
      p.at(n, "must not be empty");
      return Optional.empty();
    }
    return s;
  }

  static Optional<Integer> integer(YamlNode n, int min, int max, Problems p) {
    if (n instanceof YamlNode.Scalar s && s.kind() == Kind.INT) {
      try {
        int v = Integer.decode(s.text().replace("_", "").replaceFirst("^\\+", ""));
        if (v >= min && v <= max) {
          return Optional.of(v);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      p.at(n, "expected an integer from " + min + " to " + max + ", got " + s.text());
      return Optional.empty();
    }
    p.at(n, "expected an integer, got " + n.describe());
    return Optional.empty();
  }

  static Optional<Boolean> bool(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Scalar s && s.kind() == Kind.BOOL) {
      return Optional.of(
          Set.of("true", "yes", "on", "y").contains(s.text().toLowerCase(java.util.Locale.ROOT)));
    }
    p.at(n, "expected true or false, got " + n.describe());
    return Optional.empty();
  }

  static Optional<LocalDate> date(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Scalar s
        && s.kind() == Kind.STRING
        && s.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return Optional.of(LocalDate.parse(s.text()));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    p.at(n, "expected a date YYYY-MM-DD, got " + n.describe());
    return Optional.empty();
  }

  /** A non-empty list of non-blank strings (numbers are read as their text). */
  static Optional<List<String>> strings(YamlNode n, Problems p) {
    if (!(n instanceof YamlNode.Sequence s)) {
      p.at(n, "expected a list of text values, got " + n.describe());
      return Optional.empty();
    }
    if (s.items().isEmpty()) {
      p.at(n, "must list at least one value");
      return Optional.empty();
    }
    int before = p.count();
    List<String> out = new ArrayList<>();
    for (YamlNode item : s.items()) {
      nonBlank(item, p).ifPresent(out::add);
    }
    return p.count() == before ? Optional.of(out) : Optional.empty();
  }
}
