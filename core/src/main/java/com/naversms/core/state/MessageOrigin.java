package com.naversms.core.state;

/**
 * Which rule planned a message and with which template, recorded with its claim ({@code
 * {flag}_rule}, {@code {flag}_template}), so that a message that was not delivered is planned again
 * by the rule that planned it even when that rule's conditions no longer hold (docs/rules.md,
 * "Retries").
 */
public record MessageOrigin(String rule, String template) {
  public MessageOrigin {
    rule = rule == null ? "" : rule;
    template = template == null ? "" : template;
  }
}
