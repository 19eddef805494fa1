package com.naversms.core.rules;

import com.naversms.core.template.Template;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sms_templates.yaml}: named templates ({@code booking_confirm}, {@code event}, ...) and the
 * per-store guide templates ({@code templates.guide.stores}).
 */
public record SmsTemplates(Map<String, SmsTemplate> named, Map<String, SmsTemplate> guides) {
  public SmsTemplates {
    named = Map.copyOf(named);
    guides = Map.copyOf(guides);
  }

  public Optional<SmsTemplate> named(String key) {
    return Optional.ofNullable(named.get(key));
  }

  public Optional<SmsTemplate> guide(String guideKey) {
    return Optional.ofNullable(guides.get(guideKey));
  }

  /** One SMS template: the LMS subject and the content. */
  public record SmsTemplate(String key, String subject, Template content) {}
}
