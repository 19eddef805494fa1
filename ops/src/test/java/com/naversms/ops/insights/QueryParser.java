package com.naversms.ops.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the Logs Insights subset; an unsupported command or syntax fails loudly. */
public final class QueryParser {
  private final List<String> tokens;
  private int pos;

  private QueryParser(List<String> tokens) {
    this.tokens = tokens;
  }

  public static Query parse(String text) {
    List<Query.Command> commands = new ArrayList<>();
    for (String part : Tokens.splitPipes(text)) {
      String trimmed = part.strip();
      if (trimmed.isEmpty() || trimmed.regionMatches(true, 0, "SOURCE", 0, 6)) {
        continue;
      }
      QueryParser p = new QueryParser(Tokens.lex(trimmed));
      commands.add(p.command());
      if (p.pos != p.tokens.size()) {
        throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.pos) + "' in: " + part);
      }
    }
    return new Query(text, commands);
  }

  private Query.Command command() {
    String word = next().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "fields", "display" -> new Query.Fields(names());
      case "filter" -> new Query.Filter(or());
      case "stats" -> stats();
      case "sort" -> sort();
      case "limit" -> new Query.Limit(Integer.parseInt(next()));
      default -> throw new IllegalArgumentException("unsupported command: " + word);
    };
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    do {
      names.add(next());
    } while (accept(","));
    return names;
  }

  private Query.Stats stats() {
    List<Query.Aggregate> aggregates = new ArrayList<>();
    do {
      String fn = next().toLowerCase(Locale.ROOT);
      expect("(");
      Expr arg = null;
      if (!accept("*")) {
        arg = or();
      }
      expect(")");
      String alias = fn + "(" + (arg == null ? "*" : describe(arg)) + ")";
      if (accept("as")) {
        alias = next();
      }
      aggregates.add(new Query.Aggregate(fn, arg, alias));
    } while (accept(","));
    List<String> by = accept("by") ? names() : List.of();
    return new Query.Stats(aggregates, by);
  }

  private Query.Sort sort() {
    List<Query.SortKey> keys = new ArrayList<>();
    do {
      String field = next();
      boolean desc = false;
      if (accept("desc")) {
        desc = true;
      } else {
        accept("asc");
      }
      keys.add(new Query.SortKey(field, desc));
    } while (accept(","));
    return new Query.Sort(keys);
  }

  private Expr or() {
    Expr left = and();
    while (accept("or")) {
      left = new Expr.Or(left, and());
    }
    return left;
  }

  private Expr and() {
    Expr left = unary();
    while (accept("and")) {
      left = new Expr.And(left, unary());
    }
    return left;
  }

  private Expr unary() {
    if (accept("not")) {
      return new Expr.Not(unary());
    }
    if (accept("(")) {
      Expr inner = or();
      expect(")");
      return inner;
    }
    if (peekIs("ispresent")) {
      next();
      expect("(");
      String field = next();
      expect(")");
      return new Expr.IsPresent(field);
    }
    Expr left = operand();
    boolean negated = accept("not");
    if (accept("like")) {
      return new Expr.Like(left, pattern(next()), negated);
    }
    if (accept("in")) {
      expect("[");
      List<Object> values = new ArrayList<>();
      do {
        values.add(((Expr.Literal) operand()).value());
      } while (accept(","));
      expect("]");
      Expr in = new Expr.In(left, values);
      return negated ? new Expr.Not(in) : in;
    }
    for (String op : List.of("=", "!=", "<=", ">=", "<", ">")) {
      if (accept(op)) {
        return new Expr.Compare(op, left, operand());
      }
    }
    return left;
  }

  private Expr operand() {
    String t = next();
    if (t.startsWith("\"") || t.startsWith("'")) {
      return new Expr.Literal(t.substring(1, t.length() - 1));
    }
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return new Expr.Literal(Boolean.parseBoolean(t));
    }
    if (Character.isDigit(t.charAt(0)) || t.startsWith("-")) {
      return new Expr.Literal(Double.parseDouble(t));
    }
    return new Expr.Field(t);
  }

  private static Pattern pattern(String token) {
    if (token.startsWith("/")) {
      return Pattern.compile(token.substring(1, token.lastIndexOf('/')));
    }
    return Pattern.compile(Pattern.quote(token.substring(1, token.length() - 1)));
  }

  private static String describe(Expr e) {
    return e instanceof Expr.Field f ? f.name() : e.toString();
  }

  private boolean peekIs(String word) {
    return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(word);
  }

  private boolean accept(String word) {
    if (peekIs(word)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String word) {
    if (!accept(word)) {
      throw new IllegalArgumentException(
          "expected '" + word + "' at token " + pos + " of " + tokens);
    }
  }

  private String next() {
    if (pos >= tokens.size()) {
      throw new IllegalArgumentException("query ends too early: " + tokens);
    }
    return tokens.get(pos++);
  }
}
