package com.naversms.core.config;

import com.naversms.core.rules.Action;
import com.naversms.core.template.BrokenTemplate;
import com.naversms.core.template.Destination;
import com.naversms.core.template.ParameterizedTemplate;
import com.naversms.core.template.PebbleTemplate;
import com.naversms.core.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of {@code send_telegram} / {@code send_slack}: an inline {@code message} or a {@code
 * template_name} of the Telegram/Slack templates file with optional {@code template_params}. Either
 * is compiled and rendered against the sample bookings (a digest against a list of them).
 */
final class MessageParams {
  private final RuleRefs refs;
  private final Params params;
  private final boolean slack;
  private final Problems p;

  MessageParams(RuleRefs refs, Params params, boolean slack) {
    this.refs = refs;
    this.params = params;
    this.slack = slack;
    this.p = refs.problems();
  }

  private record Text(Template template, String name) {}

  Optional<Action> telegram() {
    params.text("parse_mode", false);
    return text(TemplateChecks.Use.BOOKING)
        .map(t -> new Action.SendTelegram(t.template(), t.name()));
  }

  Optional<Action> slack() {
    Optional<String> channel = params.text("channel", false);
    if (channel.isPresent() && !channel.get().startsWith("#")) {
      p.at(
          params.node("channel").orElseThrow(),
          "a Slack channel starts with \"#\", got \"" + channel.get() + "\"");
      channel = Optional.empty();
    }
    boolean digest = params.bool("digest").orElse(false);
    String chan = channel.orElse(null);
    return text(digest ? TemplateChecks.Use.DIGEST : TemplateChecks.Use.BOOKING)
        .map(t -> new Action.SendSlack(chan, t.template(), t.name(), digest));
  }

  private Optional<Text> text(TemplateChecks.Use use) {
    Optional<YamlNode> message = params.node("message");
    Optional<YamlNode> name = params.node("template_name");
    Optional<YamlNode> tparams = params.node("template_params");
    if (message.isPresent() == name.isPresent()) {
      YamlNode.Mapping m = params.mapping();
      p.add(m.path(), m.line(), "give either \"message\" or \"template_name\" (exactly one)");
      return Optional.empty();
    }
    if (message.isPresent()) {
      if (tparams.isPresent()) {
        p.at(tparams.get(), "template_params only go with template_name");
      }
      return compiled(message.get(), use).map(t -> new Text(t, null));
    }
    return YamlValues.nonBlank(name.get(), p).flatMap(n -> named(n, name.get(), tparams, use));
  }

  private Optional<Text> named(
      String name, YamlNode at, Optional<YamlNode> tparams, TemplateChecks.Use use) {
    String file = slack ? "slack_templates.yaml" : "telegram_templates.yaml";
    NamedTemplatesReader.Named named = (slack ? refs.slack() : refs.telegram()).get(name);
    if (named == null) {
      if (refs.strict()) {
        p.at(at, "no template \"" + name + "\" in " + file);
        return Optional.empty();
      }
      String why = file + " has no template \"" + name + "\"";
      return Optional.of(new Text(new BrokenTemplate(at.path(), why), name));
    }
    Map<String, Template> compiledParams = new LinkedHashMap<>();
    int before = p.count();
    tparams
        .flatMap(t -> YamlValues.mapping(t, p))
        .ifPresent(m ->
            m.values()
                .forEach(
                    (key, node) -> compiled(node, use).ifPresent(t -> compiledParams.put(key, t))));
    if (p.count() != before) {
      return Optional.empty();
    }
    Template text =
        compiledParams.isEmpty()
            ? named.template()
            : new ParameterizedTemplate(
                named.template().origin(), named.template(), compiledParams, destination());
    TemplateChecks.renders(
        text,
        named.node(),
        named.problems(),
        use,
        refs.sampleStore(),
        refs.optionKeywords(),
        Set.of());
    return Optional.of(new Text(text, name));
  }

  private Destination destination() {
    return slack ? Destination.SLACK : Destination.TELEGRAM;
  }

  private Optional<Template> compiled(YamlNode node, TemplateChecks.Use use) {
    if (YamlValues.string(node, p).isEmpty() || !(node instanceof YamlNode.Scalar s)) {
      return Optional.empty();
    }
    Optional<PebbleTemplate> t =
        TemplateChecks.compile(s, RulesReader.FILE + ": " + s.path(), destination(), p);
    t.ifPresent(c ->
        TemplateChecks.renders(c, s, p, use, refs.sampleStore(), refs.optionKeywords(), Set.of()));
    return t.map(Template.class::cast);
  }
}
