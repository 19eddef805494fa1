package com.naversms.core.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node that knows the 1-based line it starts on and its path ({@code rules[2].params}), so
 * every error can name both.
 */
sealed interface YamlNode {
  int line();

  String path();

  /** Human name of the node's kind, for "expected X, got Y" messages. */
  String describe();

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  record Mapping(Map<String, YamlNode> values, Map<String, Integer> keyLines, int line, String path)
      implements YamlNode {
    public Mapping {
      values = Collections.unmodifiableMap(values);
      keyLines = Collections.unmodifiableMap(keyLines);
    }

    Optional<YamlNode> get(String key) {
      return Optional.ofNullable(values.get(key));
    }

    int keyLine(String key) {
      return keyLines.getOrDefault(key, line);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record Sequence(List<YamlNode> items, int line, String path) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: its text, what YAML resolved it to, and whether it was written as a literal block
   * ({@code |}), whose content starts on the line after {@link #line()}.
   */
  record Scalar(String text, Kind kind, boolean literalBlock, int line, String path)
      implements YamlNode {
    enum Kind {
      STRING,
      INT,
      FLOAT,
      BOOL,
      NULL,
      OTHER
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "\"" + text + "\"";
        case NULL -> "null";
        default -> text;
      };
    }

    /** The YAML line holding line {@code n} (1-based) of this scalar's text. */
    int lineOfTextLine(int n) {
      return literalBlock ? line + Math.max(n, 1) : line;
    }
  }
}
