package com.naversms.core.config;

import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Template} compiled by Pebble: Jinja-like syntax, strict about unknown variables, no HTML
 * escaping, newlines after tags kept (java-toolchain.md 5).
 */
record PebbleTemplate(
    String origin, String source, io.pebbletemplates.pebble.template.PebbleTemplate compiled)
    implements Template {

  private static final PebbleEngine ENGINE =
      new PebbleEngine.Builder()
          .loader(new StringLoader())
          .strictVariables(true)
          .autoEscaping(false)
          .newLineTrimming(false)
          .cacheActive(false)
          .build();

  /**
   * Compiles {@code source}.
   *
   * @throws PebbleException on a syntax error ({@link PebbleException#getLineNumber()} is the
   *     template's own line)
   */
  static PebbleTemplate compile(String source, String origin) {
    return new PebbleTemplate(origin, source, ENGINE.getTemplate(source));
  }

  @Override
  public String render(Map<String, Object> context) {
    StringWriter out = new StringWriter();
    try {
      compiled.evaluate(out, new HashMap<>(context));
    } catch (PebbleException e) {
      throw new TemplateException(origin + ": " + e.getPebbleMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new TemplateException(origin + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Template[" + origin + "]";
  }
}
