package com.naversms.core.config;

import com.naversms.core.template.BrokenTemplate;
import com.naversms.core.template.Destination;
import com.naversms.core.template.PebbleTemplate;
import com.naversms.core.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code telegram_templates.yaml} / {@code slack_templates.yaml}: {@code name: "text"} or {@code
 * name: {text: "...", parse_mode: Markdown}}. Templates are compiled here; their variables are
 * checked where a rule uses them (with that rule's {@code template_params}), since the legacy files
 * hold templates no rule uses, written for variables only a caller would supply. A template that
 * hits a rendering limit with the sample bookings is an error here, used or not. The values a
 * template prints are escaped for the file's channel ({@link Destination}).
 */
final class NamedTemplatesReader {
  private NamedTemplatesReader() {}

  /** One named template and where its text was written. */
  record Named(Template template, YamlNode.Scalar node, Problems problems) {}

  static Map<String, Named> read(YamlNode root, Problems p, Destination destination) {
    Map<String, Named> out = new LinkedHashMap<>();
    if (root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
      return out;
    }
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    top.ifPresent(m ->
        m.values()
            .forEach((name, node) ->
                entry(name, node, p, destination).ifPresent(n -> out.put(name, n))));
    return out;
  }

  private static Optional<Named> entry(
      String name, YamlNode node, Problems p, Destination destination) {
    YamlNode text = node;
    if (node instanceof YamlNode.Mapping m) {
      Keys.only(m, Set.of("text", "parse_mode", "description"), p);
      m.get("parse_mode").ifPresent(n -> YamlValues.string(n, p));
      m.get("description").ifPresent(n -> YamlValues.string(n, p));
      Optional<YamlNode> t = m.get("text");
      if (t.isEmpty()) {
        p.add(m.path(), m.line(), "missing \"text\"");
        return Optional.empty();
      }
      text = t.get();
    }
    if (YamlValues.string(text, p).isEmpty() || !(text instanceof YamlNode.Scalar s)) {
      return Optional.empty();
    }
    String origin = p.file() + ": " + s.path();
    Optional<PebbleTemplate> compiled = TemplateChecks.compile(s, origin, destination, p);
    compiled.ifPresent(c -> TemplateChecks.withinLimits(c, s, p));
    Template t =
        compiled.<Template>map(c -> c).orElse(new BrokenTemplate(origin, "does not compile"));
    return Optional.of(new Named(t, s, p));
  }
}
