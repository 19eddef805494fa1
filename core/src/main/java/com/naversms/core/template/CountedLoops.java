package com.naversms.core.template;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Pebble's {@code for} tag with every iteration counted against the {@link RenderBudget}: what it
 * loops over is wrapped so each {@code next()} is a step (collections keep their size, so {@code
 * loop.length} stays cheap).
 */
final class CountedLoops implements TokenParser {
  private final ForTokenParser delegate = new ForTokenParser();

  @Override
  public String getTag() {
    return delegate.getTag();
  }

  @Override
  public RenderableNode parse(Token token, Parser parser) {
    ForNode n = (ForNode) delegate.parse(token, parser);
    return new ForNode(
        n.getLineNumber(),
        n.getIterationVariable(),
        new Counted(n.getIterable()),
        n.getBody(),
        n.getElseBody());
  }

  private record Counted(Expression<?> delegate) implements Expression<Object> {
    @Override
    public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
      Object value = delegate.evaluate(self, context);
      int line = getLineNumber();
      return switch (value) {
        case Collection<?> c -> new CountedCollection(c, line);
        case Map<?, ?> m -> new CountedCollection(m.entrySet(), line);
        case Iterable<?> i -> (Iterable<Object>) () -> counted(i.iterator(), line);
        case null, default -> value;
      };
    }

    @Override
    public int getLineNumber() {
      return delegate.getLineNumber();
    }

    @Override
    public void accept(NodeVisitor visitor) {
      delegate.accept(visitor);
    }
  }

  private static final class CountedCollection extends AbstractCollection<Object> {
    private final Collection<?> values;
    private final int line;

    CountedCollection(Collection<?> values, int line) {
      this.values = values;
      this.line = line;
    }

    @Override
    public Iterator<Object> iterator() {
      return counted(values.iterator(), line);
    }

    @Override
    public int size() {
      return values.size();
    }
  }

  private static Iterator<Object> counted(Iterator<?> it, int line) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Object next() {
        RenderBudget.step(line);
        return it.next();
      }
    };
  }
}
