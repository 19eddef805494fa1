package com.naversms.ops.insights;

/** Loose value semantics of Logs Insights: numbers compare numerically, booleans as true/false. */
final class Values {
  private Values() {}

  static boolean truthy(Object v) {
    return v instanceof Boolean b ? b : v != null;
  }

  static String text(Object v) {
    return v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : v.toString();
  }

  static boolean equal(Object a, Object b) {
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return x.doubleValue() == y.doubleValue();
    }
    return text(a).equals(text(b));
  }

  static int compare(Object a, Object b) {
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return Double.compare(x, y);
    }
    return text(a).compareTo(text(b));
  }

  static Double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
