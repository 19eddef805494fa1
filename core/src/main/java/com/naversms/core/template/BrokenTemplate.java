package com.naversms.core.template;

import java.util.Map;

/**
 * Stands for a template that could not be compiled (the load fails anyway; it keeps references to
 * it from cascading into more errors) or that a disabled rule names but no file defines. Rendering
 * it fails.
 */
public record BrokenTemplate(String origin, String why) implements Template {
  @Override
  public String render(Map<String, Object> context) {
    throw new TemplateException(origin + ": " + why);
  }
}
