package com.naversms.core.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Template} compiled by Pebble: Jinja-like syntax, strict about unknown variables,
 * newlines after tags kept (java-toolchain.md 5). Every value it prints is escaped for its {@link
 * Destination} (Pebble's autoescaping, the destination's strategy the default of its engine);
 * {@code | raw} prints a value as it is.
 */
public record PebbleTemplate(
    String origin,
    String source,
    Destination destination,
    io.pebbletemplates.pebble.template.PebbleTemplate compiled)
    implements Template {

  private static final Map<Destination, PebbleEngine> ENGINES = engines();

  private static Map<Destination, PebbleEngine> engines() {
    Map<Destination, PebbleEngine> engines = new EnumMap<>(Destination.class);
    for (Destination d : Destination.values()) {
      engines.put(
          d,
          new PebbleEngine.Builder()
              .loader(new StringLoader())
              .strictVariables(true)
              .autoEscaping(true)
              .addEscapingStrategy(d.name(), d::value)
              .defaultEscapingStrategy(d.name())
              .newLineTrimming(false)
              .cacheActive(false)
              .registerExtensionCustomizer(TemplateBounds::new)
              .build());
    }
    return engines;
  }

  /**
   * Compiles {@code source} for texts sent to {@code destination}.
   *
   * @throws PebbleException on a syntax error ({@link PebbleException#getLineNumber()} is the
   *     template's own line)
   */
  public static PebbleTemplate compile(String source, String origin, Destination destination) {
    try {
      return new PebbleTemplate(
          origin, source, destination, ENGINES.get(destination).getTemplate(source));
    } catch (StackOverflowError e) {
      // the parser recurses once per nested bracket or tag; the stack is the only bound there
      throw RenderBudget.bound("nested too deeply to compile", 1);
    }
  }

  /**
   * Renders within the limits of {@link RenderBudget} and {@link TemplateBounds}; hitting one is a
   * {@link TemplateException} whose cause is a {@link PebbleException} with the template line.
   */
  @Override
  public String render(Map<String, Object> context) {
    Text out = new Text();
    try {
      RenderBudget.within(() -> evaluate(out, context));
    } catch (PebbleException e) {
      if (TemplateBounds.isOutputBound(e)) {
        String why =
            String.format(
                "renders to more than %,d characters (the limit)",
                TemplateBounds.MAX_RENDERED_CHARS);
        throw new TemplateException(origin + ": " + why, RenderBudget.bound(why, 1));
      }
      throw new TemplateException(origin + ": " + e.getPebbleMessage(), e);
    } catch (StackOverflowError e) {
      // a last resort: macro nesting is bounded far below this, other recursion is not expected
      String why = "recursion too deep";
      throw new TemplateException(origin + ": " + why, RenderBudget.bound(why, 1));
    } catch (RuntimeException e) {
      throw new TemplateException(origin + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private Void evaluate(Text out, Map<String, Object> context) {
    try {
      compiled.evaluate(out, new HashMap<>(context));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  @Override
  public String toString() {
    return "Template[" + origin + "]";
  }

  /**
   * The rendering's text, at most {@link TemplateBounds#MAX_RENDERED_CHARS}: a {@link
   * java.io.StringWriter} without its lock (one rendering, one thread) that bounds the output
   * itself. Pebble's own bound ({@code maxRenderedSize}) wraps every rendering's writer in one that
   * allocates a 1,024-character buffer and copies every string through it: a quarter of the
   * planner's allocation (issue 19). The error is Pebble's, word for word ({@link
   * TemplateBounds#isOutputBound}); a macro's text counts when it is printed.
   */
  private static final class Text extends Writer {
    private final StringBuilder text = new StringBuilder(256);

    @Override
    public void write(char[] chars, int offset, int length) {
      room(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      room(length);
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      room(1);
      text.append((char) c);
    }

    private void room(int length) {
      if (length > TemplateBounds.MAX_RENDERED_CHARS - text.length()) {
        throw new PebbleException(
            null,
            String.format("Tried to write more than %d chars.", TemplateBounds.MAX_RENDERED_CHARS));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
