package com.naversms.app.console;

import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.AlimTalkTemplates.AlimTalkTemplate;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AlimTalk variant of a template as 문구 shows it beside the SMS/LMS (alimtalk_templates.yaml):
 * the approved text filled with the same booking's values, its length against Kakao's 1,000
 * characters, the template code, the store's channel and the buttons. Filled the way the planner
 * fills it ({@link AlimTalkTemplates#fill}); {@code error} says why the cycle would send the
 * SMS/LMS instead (a value that fails to render, a text over the limit).
 */
record AlimTalkPreview(
    String templateCode,
    String channel,
    String text,
    int characters,
    List<String> buttons,
    String error) {

  /** The variant of {@code template} filled with {@code context}, when it has one. */
  static Optional<AlimTalkPreview> of(
      SmsTemplate template,
      String storeId,
      Map<String, Object> context,
      AlimTalkTemplates alimTalk) {
    if (template.advertising()) {
      return Optional.empty();
    }
    Optional<AlimTalkTemplate> variant = alimTalk.variantOf(template.key());
    if (variant.isEmpty()) {
      return Optional.empty();
    }
    AlimTalkTemplate v = variant.get();
    String channel = alimTalk.channelFor(storeId);
    Map<String, String> values = new LinkedHashMap<>();
    try {
      v.variables().forEach((name, t) -> values.put(name, t.render(context)));
    } catch (RuntimeException e) {
      return Optional.of(
          new AlimTalkPreview(
              v.templateCode(),
              channel,
              "",
              0,
              List.of(),
              "값을 채우지 못해 SMS/LMS로 보냅니다: " + e.getMessage()));
    }
    String text = AlimTalkTemplates.fill(v.text(), values);
    int characters = text.codePointCount(0, text.length());
    List<String> buttons =
        v.buttons().stream()
            .map(b ->
                b.name()
                    + (b.url().isEmpty() ? "" : " → " + AlimTalkTemplates.fill(b.url(), values)))
            .toList();
    String error = characters > AlimTalkTemplates.MAX_CHARACTERS ? "1,000자를 넘어 SMS/LMS로 보냅니다" : "";
    return Optional.of(
        new AlimTalkPreview(v.templateCode(), channel, text, characters, buttons, error));
  }
}
