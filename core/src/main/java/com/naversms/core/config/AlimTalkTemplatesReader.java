package com.naversms.core.config;

import com.naversms.core.booking.Stores;
import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.AlimTalkTemplates.AlimTalkTemplate;
import com.naversms.core.rules.SmsTemplates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code alimtalk_templates.yaml} (optional): {@code plus_friend_id: {default, stores: {id:
 * channel}}} and {@code templates: {smsKey: {template_code, text, variables, buttons}}}. Each
 * variant names the SMS template it stands for (its failover text), which must exist and must not
 * be advertising; its text and buttons are checked by {@link AlimTalkChecks}.
 */
final class AlimTalkTemplatesReader {
  static final String FILE = "alimtalk_templates.yaml";

  private AlimTalkTemplatesReader() {}

  static AlimTalkTemplates read(
      YamlNode root, Problems p, Stores stores, SmsTemplates sms, java.util.List<String> keywords) {
    if (root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
      return AlimTalkTemplates.none();
    }
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    if (top.isEmpty()) {
      return AlimTalkTemplates.none();
    }
    Keys.only(top.get(), Set.of("plus_friend_id", "templates"), p);
    Map<String, AlimTalkTemplate> variants = new LinkedHashMap<>();
    AlimTalkChecks checks = new AlimTalkChecks(p, stores, keywords);
    top.get()
        .get("templates")
        .flatMap(t -> YamlValues.mapping(t, p))
        .ifPresent(t ->
            t.values()
                .forEach((key, node) -> {
                  if (stands(t, key, sms, p)) {
                    checks.variant(key, node).ifPresent(v -> variants.put(key, v));
                  }
                }));
    if (top.get().get("templates").isEmpty()) {
      p.add("", top.get().line(), "missing \"templates\"");
    }
    Channels channels = Channels.read(top.get(), p, stores, !variants.isEmpty());
    return new AlimTalkTemplates(variants, channels.fallback(), channels.perStore());
  }

  /**
   * Whether {@code key} names an informational SMS template: a variant needs the SMS/LMS text it
   * fails over to, and AlimTalk carries no advertising.
   */
  private static boolean stands(YamlNode.Mapping t, String key, SmsTemplates sms, Problems p) {
    Optional<SmsTemplates.SmsTemplate> found = smsTemplate(key, sms);
    boolean advertising =
        key.equals("guide")
            ? sms.guides().values().stream().anyMatch(SmsTemplates.SmsTemplate::advertising)
            : found.map(SmsTemplates.SmsTemplate::advertising).orElse(false);
    if (found.isEmpty() && !(key.equals("guide") && !sms.guides().isEmpty())) {
      p.atKey(
          t,
          key,
          "no SMS template \""
              + key
              + "\" in sms_templates.yaml: an AlimTalk variant needs the SMS/LMS text it fails"
              + " over to (a named template, guide.<key> or guide)");
      return false;
    }
    if (advertising) {
      p.atKey(
          t,
          key,
          "\""
              + key
              + "\" is an advertising template (sms_templates.yaml): AlimTalk carries"
              + " informational messages only, so it cannot have an AlimTalk variant");
      return false;
    }
    return true;
  }

  private static Optional<SmsTemplates.SmsTemplate> smsTemplate(String key, SmsTemplates sms) {
    if (key.startsWith("guide.")) {
      return sms.guide(key.substring("guide.".length()));
    }
    return sms.named(key);
  }

  /** {@code plus_friend_id}: the default channel and the stores' own. */
  private record Channels(String fallback, Map<String, String> perStore) {
    static Channels read(YamlNode.Mapping top, Problems p, Stores stores, boolean needed) {
      Optional<YamlNode> node = top.get("plus_friend_id");
      if (node.isEmpty()) {
        if (needed) {
          p.add(
              "",
              top.line(),
              "missing \"plus_friend_id\" (the Kakao channel the variants are sent from:"
                  + " plus_friend_id.default)");
        }
        return new Channels("", Map.of());
      }
      Optional<YamlNode.Mapping> m = YamlValues.mapping(node.get(), p);
      if (m.isEmpty()) {
        return new Channels("", Map.of());
      }
      Keys.only(m.get(), Set.of("default", "stores"), p);
      String fallback = m.get().get("default").flatMap(n -> channel(n, p)).orElse("");
      if (m.get().get("default").isEmpty()) {
        p.add(m.get().path(), m.get().line(), "missing \"default\" (the channel of every store)");
      }
      Map<String, String> perStore = new LinkedHashMap<>();
      m.get()
          .get("stores")
          .flatMap(s -> YamlValues.mapping(s, p))
          .ifPresent(s ->
              s.values()
                  .forEach((id, value) -> {
                    if (stores.byId(id).isEmpty()) {
                      p.atKey(s, id, "unknown store id " + id + " (not in stores.yaml)");
                    } else {
                      channel(value, p).ifPresent(c -> perStore.put(id, c));
                    }
                  }));
      return new Channels(fallback, perStore);
    }

    /** A channel's search id as Kakao shows it: {@code @name}. */
    private static Optional<String> channel(YamlNode n, Problems p) {
      Optional<String> id = YamlValues.nonBlank(n, p).map(String::strip);
      if (id.isPresent() && (!id.get().startsWith("@") || id.get().length() < 2)) {
        p.at(
            n,
            "expected a Kakao channel search id starting with \"@\" (plus_friend_id), got "
                + n.describe());
        return Optional.empty();
      }
      return id;
    }
  }
}
