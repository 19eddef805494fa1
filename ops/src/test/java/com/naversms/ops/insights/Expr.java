package com.naversms.ops.insights;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Filter and aggregate expressions of the Logs Insights subset. */
public sealed interface Expr {

  Object eval(Map<String, Object> row);

  void collectFields(List<String> out);

  record Field(String name) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return row.get(name);
    }

    @Override
    public void collectFields(List<String> out) {
      out.add(name);
    }
  }

  record Literal(Object value) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return value;
    }

    @Override
    public void collectFields(List<String> out) {}
  }

  record Compare(String op, Expr left, Expr right) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      Object l = left.eval(row);
      Object r = right.eval(row);
      if (l == null || r == null) {
        return op.equals("!=") && (l != null || r != null);
      }
      int cmp = Values.compare(l, r);
      return switch (op) {
        case "=" -> Values.equal(l, r);
        case "!=" -> !Values.equal(l, r);
        case "<" -> cmp < 0;
        case "<=" -> cmp <= 0;
        case ">" -> cmp > 0;
        case ">=" -> cmp >= 0;
        default -> throw new IllegalStateException("operator " + op);
      };
    }

    @Override
    public void collectFields(List<String> out) {
      left.collectFields(out);
      right.collectFields(out);
    }
  }

  record Like(Expr subject, Pattern pattern, boolean negated) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      Object v = subject.eval(row);
      boolean found = v != null && pattern.matcher(Values.text(v)).find();
      return found != negated;
    }

    @Override
    public void collectFields(List<String> out) {
      subject.collectFields(out);
    }
  }

  record IsPresent(String field) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return row.get(field) != null;
    }

    @Override
    public void collectFields(List<String> out) {
      out.add(field);
    }
  }

  record In(Expr subject, List<Object> values) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      Object v = subject.eval(row);
      return v != null && values.stream().anyMatch(x -> Values.equal(v, x));
    }

    @Override
    public void collectFields(List<String> out) {
      subject.collectFields(out);
    }
  }

  record And(Expr left, Expr right) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return Values.truthy(left.eval(row)) && Values.truthy(right.eval(row));
    }

    @Override
    public void collectFields(List<String> out) {
      left.collectFields(out);
      right.collectFields(out);
    }
  }

  record Or(Expr left, Expr right) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return Values.truthy(left.eval(row)) || Values.truthy(right.eval(row));
    }

    @Override
    public void collectFields(List<String> out) {
      left.collectFields(out);
      right.collectFields(out);
    }
  }

  record Not(Expr inner) implements Expr {
    @Override
    public Object eval(Map<String, Object> row) {
      return !Values.truthy(inner.eval(row));
    }

    @Override
    public void collectFields(List<String> out) {
      inner.collectFields(out);
    }
  }
}
