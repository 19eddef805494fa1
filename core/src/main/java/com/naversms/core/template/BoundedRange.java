package com.naversms.core.template;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code range(start, end, increment)} (also behind {@code a..b}) refusing more than
 * {@code max} values before it builds the list: {@code range(1, 100000000)} would allocate a
 * hundred million boxed longs.
 */
record BoundedRange(Function delegate, int max) implements Function {
  @Override
  public List<String> getArgumentNames() {
    return delegate.getArgumentNames();
  }

  @Override
  public Object execute(
      Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
    if (args.get("start") instanceof Number start && args.get("end") instanceof Number end) {
      double step = args.get("increment") instanceof Number n ? n.doubleValue() : 1;
      double count =
          step == 0 ? 0 : Math.floor((end.doubleValue() - start.doubleValue()) / step) + 1;
      if (count > max) {
        throw RenderBudget.bound(
            String.format(
                "range(%s, %s) has %,.0f values; a range may have at most %,d",
                start, end, count, max),
            line);
      }
    }
    return delegate.execute(args, self, context, line);
  }
}
