package com.naversms.core.config;

import com.naversms.core.input.ConfigError;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code config check} found: the errors (none when the config is valid), each SMS template's
 * size with a sample booking, whether each Telegram/Slack template renders, and warnings.
 */
public record ConfigReport(
    List<ConfigError> errors,
    List<SmsSize> smsTemplates,
    List<Rendering> notificationTemplates,
    List<String> warnings) {

  public ConfigReport {
    errors = List.copyOf(errors);
    smsTemplates = List.copyOf(smsTemplates);
    notificationTemplates = List.copyOf(notificationTemplates);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * One SMS template rendered with the sample booking: its EUC-KR size, SMS or LMS, and the size
   * with the worst-case sample (the bound checked against 2,000 bytes).
   */
  public record SmsSize(String name, int bytes, String type, int worstCaseBytes) {}

  /** A Telegram/Slack template and whether (and with which context) it renders. */
  public record Rendering(String file, String name, boolean renders, String detail) {}

  /** The report as text lines for the console. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    if (!valid()) {
      errors.forEach(e -> out.add(e.toString()));
      return out;
    }
    out.add("SMS templates (sample booking; EUC-KR bytes; type; worst case):");
    for (SmsSize s : smsTemplates) {
      out.add(
          String.format(
              "  %-24s %5d bytes  %s  (worst case %d bytes)",
              s.name(), s.bytes(), s.type(), s.worstCaseBytes()));
    }
    out.add("Telegram/Slack templates:");
    if (notificationTemplates.isEmpty()) {
      out.add("  (none)");
    }
    for (Rendering r : notificationTemplates) {
      out.add(
          String.format(
              "  %-24s %-24s %s",
              r.file(),
              r.name(),
              (r.renders() ? "renders" : "does not render") + ": " + r.detail()));
    }
    warnings.forEach(w -> out.add("warning: " + w));
    out.add("config is valid");
    return out;
  }
}
