package com.naversms.core.config;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code params} mapping of one condition or action. Reads are typed and reported; {@link
 * #rejectUnknown} then reports every key that was never asked for.
 */
final class Params {
  private final YamlNode.Mapping map;
  private final String owner;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Params(YamlNode.Mapping map, String owner, Problems problems) {
    this.map = map;
    this.owner = owner;
    this.problems = problems;
  }

  /**
   * {@code params} of {@code element} (absent = empty); {@code owner} is the type, for messages.
   */
  static Params of(YamlNode.Mapping element, String owner, Problems problems) {
    YamlNode node = element.values().get("params");
    String path = YamlNode.child(element.path(), "params");
    if (node == null
        || node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
      return new Params(
          new YamlNode.Mapping(Map.of(), Map.of(), element.line(), path), owner, problems);
    }
    YamlNode.Mapping m =
        YamlValues.mapping(node, problems)
            .orElse(new YamlNode.Mapping(Map.of(), Map.of(), node.line(), path));
    return new Params(m, owner, problems);
  }

  Optional<YamlNode> node(String key) {
    known.add(key);
    return map.get(key);
  }

  <T> Optional<T> optional(String key, Function<YamlNode, Optional<T>> read) {
    return node(key).flatMap(read);
  }

  <T> Optional<T> required(String key, Function<YamlNode, Optional<T>> read) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      problems.add(map.path(), map.line(), "missing parameter \"" + key + "\" for " + owner);
      return Optional.empty();
    }
    return n.flatMap(read);
  }

  Optional<Integer> integer(String key, int min, int max, boolean required) {
    Function<YamlNode, Optional<Integer>> read = n -> YamlValues.integer(n, min, max, problems);
    return required ? required(key, read) : optional(key, read);
  }

  Optional<String> text(String key, boolean required) {
    Function<YamlNode, Optional<String>> read = n -> YamlValues.nonBlank(n, problems);
    return required ? required(key, read) : optional(key, read);
  }

  Optional<Boolean> bool(String key) {
    return optional(key, n -> YamlValues.bool(n, problems));
  }

  Optional<LocalDate> date(String key) {
    return required(key, n -> YamlValues.date(n, problems));
  }

  Optional<List<String>> strings(String key, boolean required) {
    Function<YamlNode, Optional<List<String>>> read = n -> YamlValues.strings(n, problems);
    return required ? required(key, read) : optional(key, read);
  }

  /** Reports each key not read so far (typos like {@code hour} for {@code hours}). */
  void rejectUnknown() {
    for (String key : map.values().keySet()) {
      if (!known.contains(key)) {
        String takes =
            known.isEmpty() ? "takes no parameters" : "takes: " + String.join(", ", known);
        problems.atKey(map, key, "unknown parameter \"" + key + "\" (" + owner + " " + takes + ")");
      }
    }
  }

  Problems problems() {
    return problems;
  }

  YamlNode.Mapping mapping() {
    return map;
  }
}
