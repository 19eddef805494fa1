package com.naversms.core.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounds Pebble's core extension for operator templates (issue 12): {@code range} refuses more than
 * {@link #MAX_RANGE} values before building them, every {@code for} iteration and macro call is
 * counted against the {@link RenderBudget}, and the tags that load another template ({@code
 * include}, {@code import}, {@code extends}...; with inline templates their argument would be
 * compiled as a template) are not available, nor {@code autoescape}: {@code | raw} is the one way
 * to print a value without its channel's escaping (docs/configuration.md).
 */
final class TemplateBounds extends ExtensionCustomizer {
  static final int MAX_RANGE = 10_000;

  /**
   * The largest rendering, in characters (PebbleTemplate bounds its writer); an LMS is 2,000 bytes.
   */
  static final int MAX_RENDERED_CHARS = 200_000;

  private static final Set<String> REMOVED_TAGS =
      Set.of("include", "import", "from", "extends", "embed", "parallel", "cache", "autoescape");

  TemplateBounds(Extension core) {
    super(core);
  }

  @Override
  public Map<String, Function> getFunctions() {
    Map<String, Function> functions = super.getFunctions();
    if (functions == null || !functions.containsKey("range")) {
      return functions;
    }
    Map<String, Function> out = new LinkedHashMap<>(functions);
    out.put("range", new BoundedRange(functions.get("range"), MAX_RANGE));
    return out;
  }

  @Override
  public List<TokenParser> getTokenParsers() {
    List<TokenParser> parsers = super.getTokenParsers();
    if (parsers == null) {
      return null;
    }
    List<TokenParser> out = new ArrayList<>();
    for (TokenParser p : parsers) {
      if (REMOVED_TAGS.contains(p.getTag())) {
        continue;
      }
      out.add(
          switch (p) {
            case ForTokenParser f -> new CountedLoops();
            case MacroTokenParser m -> new CountedMacros();
            default -> p;
          });
    }
    return out;
  }

  /** A rendering over {@link #MAX_RENDERED_CHARS}, in the words of Pebble (and PebbleTemplate). */
  static boolean isOutputBound(PebbleException e) {
    String m = e.getPebbleMessage();
    return m != null && m.startsWith("Tried to write more than");
  }
}
