package com.naversms.core.config;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.QuietHours;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rules.yaml}: {@code rules:} (the legacy list; other legacy keys {@code tags}, {@code
 * priority}, {@code notes} accepted and ignored), the optional {@code option_keywords:} and the
 * optional {@code quiet_hours} (top and per rule, {@link QuietHoursReader}).
 */
final class RulesReader {
  static final String FILE = "rules.yaml";
  static final List<String> DEFAULT_OPTION_KEYWORDS = List.of("네이버", "인스타", "원본");
  private static final Set<String> RULE_KEYS =
      Set.of(
          "name",
          "enabled",
          "description",
          "tags",
          "priority",
          "notes",
          "conditions",
          "actions",
          QuietHoursReader.KEY);

  private RulesReader() {}

  /** {@code option_keywords:} of rules.yaml, or the legacy default when absent. */
  static List<String> optionKeywords(Optional<YamlNode> root, Problems p) {
    return root.filter(YamlNode.Mapping.class::isInstance)
        .map(YamlNode.Mapping.class::cast)
        .flatMap(m -> m.get("option_keywords"))
        .map(n -> YamlValues.strings(n, p).orElse(DEFAULT_OPTION_KEYWORDS))
        .orElse(DEFAULT_OPTION_KEYWORDS);
  }

  static List<Rule> read(YamlNode root, RuleRefs refs) {
    Problems p = refs.problems();
    List<Rule> rules = new ArrayList<>();
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    if (top.isEmpty()) {
      return rules;
    }
    Keys.only(top.get(), Set.of("rules", "option_keywords", QuietHoursReader.KEY), p);
    Optional<YamlNode> list = top.get().get("rules");
    if (list.isEmpty()) {
      p.add("", 1, "missing \"rules\"");
      return rules;
    }
    Map<String, Integer> names = new HashMap<>();
    YamlValues.sequence(list.get(), p)
        .ifPresent(s -> s.items().forEach(item -> rule(item, refs, names).ifPresent(rules::add)));
    return rules;
  }

  private static Optional<Rule> rule(YamlNode node, RuleRefs refs, Map<String, Integer> names) {
    Problems p = refs.problems();
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping r = m.get();
    Keys.only(r, RULE_KEYS, p);
    Optional<String> name = required(r, "name", p).flatMap(n -> YamlValues.nonBlank(n, p));
    name.ifPresent(n -> {
      Integer first = names.putIfAbsent(n, r.keyLine("name"));
      if (first != null) {
        p.atKey(r, "name", "duplicate rule name \"" + n + "\" (first at line " + first + ")");
      }
    });
    boolean enabled = r.get("enabled").flatMap(n -> YamlValues.bool(n, p)).orElse(true);
    String description = r.get("description").flatMap(n -> YamlValues.string(n, p)).orElse("");
    r.get("tags").ifPresent(n -> YamlValues.strings(n, p));
    r.get("notes").ifPresent(n -> YamlValues.string(n, p));
    r.get("priority")
        .flatMap(n -> YamlValues.string(n, p))
        .filter(v -> !Set.of("high", "medium", "low").contains(v))
        .ifPresent(v -> p.atKey(r, "priority", "expected high, medium or low, got \"" + v + "\""));
    QuietHours quietHours = QuietHoursReader.rule(r, p);
    RuleRefs ruleRefs = refs.forRule(enabled);
    Optional<List<Condition>> conditions =
        required(r, "conditions", p).flatMap(n -> new ConditionReader(ruleRefs).list(n));
    Optional<List<Action>> actions = required(r, "actions", p).flatMap(n -> actions(n, ruleRefs));
    if (name.isEmpty() || conditions.isEmpty() || actions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rule(
            name.get(),
            enabled,
            description,
            new Condition.All(conditions.get()),
            actions.get(),
            new SourceLocation(FILE, r.path(), r.line()),
            quietHours));
  }

  private static Optional<List<Action>> actions(YamlNode node, RuleRefs refs) {
    Problems p = refs.problems();
    Optional<YamlNode.Sequence> seq = YamlValues.sequence(node, p);
    if (seq.isEmpty()) {
      return Optional.empty();
    }
    if (seq.get().items().isEmpty()) {
      p.at(node, "must list at least one action");
      return Optional.empty();
    }
    ActionReader reader = new ActionReader(refs);
    List<Action> out = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : seq.get().items()) {
      Optional<Action> a = reader.read(item);
      a.ifPresent(out::add);
      ok &= a.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private static Optional<YamlNode> required(YamlNode.Mapping m, String key, Problems p) {
    Optional<YamlNode> n = m.get(key);
    if (n.isEmpty()) {
      p.at(m, "missing \"" + key + "\"");
    }
    return n;
  }
}
