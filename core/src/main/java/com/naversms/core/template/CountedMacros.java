package com.naversms.core.template;

import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.MacroNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Macro;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.MacroTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code macro} tag with every call counted against the {@link RenderBudget} and its
 * nesting bounded, so a macro that calls itself (directly or through another) fails at {@link
 * RenderBudget#MAX_MACRO_DEPTH} with the macro's line instead of overflowing the stack.
 */
final class CountedMacros implements TokenParser {
  private final MacroTokenParser delegate = new MacroTokenParser();

  @Override
  public String getTag() {
    return delegate.getTag();
  }

  @Override
  public RenderableNode parse(Token token, Parser parser) {
    MacroNode n = (MacroNode) delegate.parse(token, parser);
    int line = token.getLineNumber();
    return new MacroNode(n.getName(), n.getArgs(), n.getBody()) {
      @Override
      public Macro getMacro() {
        return new Bounded(super.getMacro(), line);
      }
    };
  }

  private record Bounded(Macro delegate, int line) implements Macro {
    @Override
    public String getName() {
      return delegate.getName();
    }

    @Override
    public List<String> getArgumentNames() {
      return delegate.getArgumentNames();
    }

    @Override
    public String call(
        PebbleTemplateImpl self, EvaluationContextImpl context, Map<String, Object> args) {
      RenderBudget.enter(delegate.getName(), line);
      try {
        return delegate.call(self, context, args);
      } finally {
        RenderBudget.leave();
      }
    }
  }
}
