package com.naversms.core.template;

import java.util.Map;

/**
 * A compiled message template (Jinja-like syntax of the legacy files, strict about unknown
 * variables). Implemented at the config boundary; the core only renders.
 */
public interface Template {
  /** Where it came from, e.g. {@code sms_templates.yaml: templates.event.content}. */
  String origin();

  /**
   * Renders with a context built by {@link TemplateContext}.
   *
   * @throws TemplateException when a variable is unknown or a filter fails
   */
  String render(Map<String, Object> context);
}
