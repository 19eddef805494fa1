package com.naversms.core.plan;

import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.AlimTalkTemplates.AlimTalkTemplate;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AlimTalk variant of a planned SMS/LMS, when its template has one (alimtalk_templates.yaml):
 * the approved text and button links with the booking's values, the store's channel, and the
 * SMS/LMS as its failover. Deterministic: the same template, booking and config give the same
 * message. A variant that cannot be filled (a value that fails to render, a text over 1,000
 * characters) leaves the message SMS/LMS: the variant is optional, the message is not.
 */
final class AlimTalkPlanning {
  private AlimTalkPlanning() {}

  static Message of(
      SmsTemplate template,
      Message.Sms sms,
      String storeId,
      Map<String, Object> context,
      AlimTalkTemplates alimTalk) {
    if (template.advertising()) {
      return sms; // AlimTalk is informational only (config check refuses such a variant)
    }
    Optional<AlimTalkTemplate> variant = alimTalk.variantOf(template.key());
    if (variant.isEmpty()) {
      return sms;
    }
    Map<String, String> values = new LinkedHashMap<>();
    try {
      variant.get().variables().forEach((name, t) -> values.put(name, t.render(context)));
    } catch (TemplateException e) {
      return sms;
    }
    String text = AlimTalkTemplates.fill(variant.get().text(), values);
    if (text.codePointCount(0, text.length()) > AlimTalkTemplates.MAX_CHARACTERS) {
      return sms;
    }
    List<Message.AlimTalk.Button> buttons =
        variant.get().buttons().stream()
            .map(b ->
                new Message.AlimTalk.Button(
                    b.type(), b.name(), AlimTalkTemplates.fill(b.url(), values)))
            .toList();
    return new Message.AlimTalk(
        sms.to(), alimTalk.channelFor(storeId), variant.get().templateCode(), text, buttons, sms);
  }
}
