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

  /**
   * One SMS template: the LMS subject and the content. {@code advertising} ({@code advertising:
   * true} in sms_templates.yaml): sent as SENS {@code contentType AD}, never between 21:00 and
   * 08:00, never to a number on the opt-out list (docs/configuration.md, "Advertising messages").
   */
  public record SmsTemplate(String key, String subject, Template content, boolean advertising) {
    /** An informational template. */
    public SmsTemplate(String key, String subject, Template content) {
      this(key, subject, content, false);
    }
  }
}
