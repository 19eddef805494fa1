package com.naversms.core.template;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template rendering stopped at one of the limits of {@link RenderBudget} or {@link
 * TemplateBounds}: always a config error, even for a Telegram or Slack template no rule uses.
 */
public final class TemplateLimit extends PebbleException {
  private static final long serialVersionUID = 1L;

  public TemplateLimit(String message, int line) {
    super(null, message, line, null);
  }
}
