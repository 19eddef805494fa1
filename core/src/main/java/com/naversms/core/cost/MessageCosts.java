package com.naversms.core.cost;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How many messages went each way and what they cost, by one {@link CostTable}: a cycle's, a demo
 * day's, the ledger's. Immutable; {@link #plus} returns the sum.
 */
public record MessageCosts(CostTable table, Map<Billed, Long> counts) {
  public MessageCosts {
    EnumMap<Billed, Long> all = new EnumMap<>(Billed.class);
    for (Billed b : Billed.values()) {
      all.put(b, counts.getOrDefault(b, 0L));
    }
    counts = Map.copyOf(all);
  }

  /** No message yet. */
  public static MessageCosts none(CostTable table) {
    return new MessageCosts(table, Map.of());
  }

  /** These and {@code n} more messages billed as {@code billed}. */
  public MessageCosts plus(Billed billed, long n) {
    EnumMap<Billed, Long> next = new EnumMap<>(counts);
    next.merge(billed, n, Long::sum);
    return new MessageCosts(table, next);
  }

  public long count(Billed billed) {
    return counts.get(billed);
  }

  public BigDecimal cost(Billed billed) {
    return table.cost(billed, count(billed));
  }

  public long totalCount() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public BigDecimal total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Billed b : Billed.values()) {
      sum = sum.add(cost(b));
    }
    return sum;
  }

  /** "알림톡 30건 225원, LMS 12건 360원, 합계 585원" (ways without a message left out). */
  public String korean() {
    StringJoiner line = new StringJoiner(", ");
    for (Billed b : Billed.values()) {
      if (count(b) > 0) {
        line.add(b.korean() + " " + count(b) + "건 " + krw(cost(b)) + "원");
      }
    }
    line.add("합계 " + krw(total()) + "원");
    return line.toString();
  }

  /** "AlimTalk 30 × 7.5 = 225 KRW, LMS 12 × 30 = 360 KRW, total 585 KRW". */
  public String english() {
    StringJoiner line = new StringJoiner(", ");
    for (Billed b : Billed.values()) {
      if (count(b) > 0) {
        line.add(
            b.label()
                + " "
                + count(b)
                + " × "
                + krw(table.price(b))
                + " = "
                + krw(cost(b))
                + " KRW");
      }
    }
    line.add("total " + krw(total()) + " KRW");
    return line.toString();
  }

  /** An amount of won as written here: grouped thousands, decimals only when there are any. */
  public static String krw(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(amount);
  }
}
