package com.naversms.core.template;

/** A template could not be rendered; the message names the template and the variable. */
public class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }

  public TemplateException(String message) {
    super(message);
  }
}
