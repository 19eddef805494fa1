package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.AlimTalkTemplates.AlimTalkTemplate;
import com.naversms.core.rules.AlimTalkTemplates.Button;
import com.naversms.core.template.Destination;
import com.naversms.core.template.PebbleTemplate;
import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One AlimTalk variant of {@code alimtalk_templates.yaml}: the template code, the approved text,
 * every {@code #{변수}} of the text and the buttons mapped to a template that renders with the sample
 * bookings, no mapping left unused, the worst-case rendering within 1,000 characters, and the
 * buttons well formed.
 */
final class AlimTalkChecks {
  static final int MAX_BUTTONS = 5;
  static final int MAX_BUTTON_NAME = 14;
  private static final Set<String> BUTTON_TYPES = Set.of("WL", "BK", "MD");

  private final Problems p;
  private final Stores stores;
  private final List<String> keywords;

  AlimTalkChecks(Problems p, Stores stores, List<String> keywords) {
    this.p = p;
    this.stores = stores;
    this.keywords = keywords;
  }

  Optional<AlimTalkTemplate> variant(String key, YamlNode node) {
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    int before = p.count();
    Keys.only(m.get(), Set.of("template_code", "text", "variables", "buttons"), p);
    String code = required(m.get(), "template_code").flatMap(this::code).orElse("");
    Optional<YamlNode.Scalar> text = required(m.get(), "text").flatMap(this::scalar);
    List<Button> buttons = m.get().get("buttons").map(this::buttons).orElse(List.of());
    Map<String, Template> variables = variables(m.get(), text, buttons);
    if (text.isPresent() && p.count() == before) {
      withinLimit(text.get(), variables, storeFor(key));
    }
    return p.count() == before
        ? Optional.of(new AlimTalkTemplate(key, code, text.get().text(), variables, buttons))
        : Optional.empty();
  }

  private Optional<YamlNode> required(YamlNode.Mapping m, String key) {
    Optional<YamlNode> n = m.get(key);
    if (n.isEmpty()) {
      p.add(m.path(), m.line(), "missing \"" + key + "\"");
    }
    return n;
  }

  private Optional<YamlNode.Scalar> scalar(YamlNode n) {
    return YamlValues.nonBlank(n, p).flatMap(s -> Optional.of((YamlNode.Scalar) n));
  }

  private Optional<String> code(YamlNode n) {
    Optional<String> code = YamlValues.nonBlank(n, p);
    if (code.isPresent() && !code.get().matches("[A-Za-z0-9_-]{1,30}")) {
      p.at(
          n,
          "template_code must be 1 to 30 letters, digits, _ or - (the code Kakao approved), got "
              + n.describe());
      return Optional.empty();
    }
    return code;
  }

  /**
   * Every placeholder of the text and the button links is mapped; every mapping is used and renders
   * with the sample bookings.
   */
  private Map<String, Template> variables(
      YamlNode.Mapping m, Optional<YamlNode.Scalar> text, List<Button> buttons) {
    Optional<YamlNode.Mapping> mapped = m.get("variables").flatMap(v -> YamlValues.mapping(v, p));
    Set<String> names = mapped.map(v -> v.values().keySet()).orElse(Set.of());
    Set<String> used = new LinkedHashSet<>();
    text.ifPresent(t -> {
      String[] lines = t.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher found = AlimTalkTemplates.PLACEHOLDER.matcher(lines[i]);
        while (found.find()) {
          used.add(found.group(1));
          if (!names.contains(found.group(1))) {
            p.add(
                t.path(),
                t.lineOfTextLine(i + 1),
                "placeholder " + found.group() + " is not mapped under variables");
          }
        }
      }
    });
    buttons.forEach(b -> {
      Matcher found = AlimTalkTemplates.PLACEHOLDER.matcher(b.url());
      while (found.find()) {
        used.add(found.group(1));
        if (!names.contains(found.group(1))) {
          p.add(
              m.path() + ".buttons",
              m.keyLine("buttons"),
              "placeholder "
                  + found.group()
                  + " of button \""
                  + b.name()
                  + "\" is not mapped"
                  + " under variables");
        }
      }
    });
    Map<String, Template> out = new LinkedHashMap<>();
    mapped.ifPresent(v ->
        v.values()
            .forEach((name, node) -> {
              if (!used.contains(name)) {
                p.atKey(v, name, "#{" + name + "} is not in the approved text or a button link");
              }
              variable(name, node, storeFor(m.path())).ifPresent(t -> out.put(name, t));
            }));
    return out;
  }

  private Optional<Template> variable(String name, YamlNode node, Store store) {
    if (YamlValues.string(node, p).isEmpty() || !(node instanceof YamlNode.Scalar s)) {
      return Optional.empty();
    }
    String origin = p.file() + ": " + s.path();
    Optional<PebbleTemplate> t = TemplateChecks.compile(s, origin, Destination.SMS, p);
    if (t.isEmpty()
        || TemplateChecks.renders(
                t.get(), s, p, TemplateChecks.Use.BOOKING, store, keywords, Set.of())
            .isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(t.get());
  }

  /** The text with the worst-case sample booking's values: at most 1,000 characters. */
  private void withinLimit(YamlNode.Scalar text, Map<String, Template> variables, Store store) {
    for (Map<String, Object> ctx :
        TemplateChecks.contexts(TemplateChecks.Use.BOOKING, store, keywords, Set.of())) {
      Map<String, String> values = new LinkedHashMap<>();
      try {
        variables.forEach((name, t) -> values.put(name, t.render(ctx)));
      } catch (TemplateException e) {
        return; // reported where the variable is mapped
      }
      String filled = AlimTalkTemplates.fill(text.text(), values);
      int chars = filled.codePointCount(0, filled.length());
      if (chars > AlimTalkTemplates.MAX_CHARACTERS) {
        p.at(
            text,
            String.format(
                "renders to %,d characters with the worst-case sample booking, over AlimTalk's"
                    + " limit of 1,000",
                chars));
        return;
      }
    }
  }

  private List<Button> buttons(YamlNode node) {
    Optional<YamlNode.Sequence> list = YamlValues.sequence(node, p);
    if (list.isEmpty()) {
      return List.of();
    }
    if (list.get().items().size() > MAX_BUTTONS) {
      p.at(node, "at most 5 buttons, got " + list.get().items().size());
    }
    List<Button> out = new ArrayList<>();
    for (YamlNode item : list.get().items()) {
      button(item).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Button> button(YamlNode item) {
    Optional<YamlNode.Mapping> m = YamlValues.mapping(item, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    int before = p.count();
    Keys.only(m.get(), Set.of("type", "name", "url"), p);
    String type = required(m.get(), "type").flatMap(n -> YamlValues.nonBlank(n, p)).orElse("");
    if (!type.isEmpty() && !BUTTON_TYPES.contains(type)) {
      p.atKey(m.get(), "type", "button type must be WL, BK or MD, got \"" + type + "\"");
    }
    String name = required(m.get(), "name").flatMap(n -> YamlValues.nonBlank(n, p)).orElse("");
    if (name.codePointCount(0, name.length()) > MAX_BUTTON_NAME) {
      p.atKey(
          m.get(),
          "name",
          "button name is " + name.codePointCount(0, name.length()) + " characters, at most 14");
    }
    String url = m.get().get("url").flatMap(n -> YamlValues.nonBlank(n, p)).orElse("");
    if (type.equals("WL") && url.isEmpty() && m.get().get("url").isEmpty()) {
      p.add(m.get().path(), m.get().line(), "a WL (web link) button needs \"url\"");
    } else if (type.equals("WL") && !url.isEmpty() && !url.matches("https?://\\S+")) {
      p.atKey(m.get(), "url", "url must start with https:// or http://, got \"" + url + "\"");
    } else if (!type.equals("WL") && !url.isEmpty()) {
      p.atKey(m.get(), "url", "a " + type + " button has no link: remove \"url\"");
    }
    return p.count() == before ? Optional.of(new Button(type, name, url)) : Optional.empty();
  }

  /** The store whose values render the variant: the guide's store, else the first store. */
  private Store storeFor(String keyOrPath) {
    String key = keyOrPath.startsWith("templates.") ? keyOrPath.substring(10) : keyOrPath;
    if (key.startsWith("guide.")) {
      String guideKey = key.substring("guide.".length());
      return stores.all().stream()
          .filter(st -> guideKey.equals(st.guideTemplate()))
          .findFirst()
          .orElse(SampleBookings.sampleStore(guideKey));
    }
    return stores.all().isEmpty() ? SampleBookings.sampleStore("1000001") : stores.all().get(0);
  }
}
