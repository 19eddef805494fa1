package com.naversms.core.cost;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * KRW per message for each way a message is billed (docs/configuration.md, "costs.yaml"), VAT
 * excluded. {@link #DEFAULTS} are NCP SENS's list prices; a config folder's {@code costs.yaml}
 * overrides any of them.
 *
 * @param source where the prices come from, for the output that shows them
 */
public record CostTable(Map<Billed, BigDecimal> krwPerMessage, String source) {
  /** NCP SENS's list prices (docs/configuration.md gives the list and its date). */
  public static final CostTable DEFAULTS =
      new CostTable(
          Map.of(
              Billed.SMS, new BigDecimal("9"),
              Billed.LMS, new BigDecimal("30"),
              Billed.MMS, new BigDecimal("100"),
              Billed.ALIMTALK, new BigDecimal("7.5")),
          "NCP SENS list prices");

  public CostTable {
    EnumMap<Billed, BigDecimal> all = new EnumMap<>(Billed.class);
    for (Billed b : Billed.values()) {
      BigDecimal price = krwPerMessage.get(b);
      if (price == null) {
        throw new IllegalArgumentException("no price for " + b.label());
      }
      if (price.signum() < 0) {
        throw new IllegalArgumentException("negative price for " + b.label() + ": " + price);
      }
      all.put(b, price);
    }
    krwPerMessage = Map.copyOf(all);
    source = source == null ? "" : source;
  }

  /** KRW for one message billed as {@code billed}. */
  public BigDecimal price(Billed billed) {
    return krwPerMessage.get(billed);
  }

  /** KRW for {@code count} messages billed as {@code billed}. */
  public BigDecimal cost(Billed billed, long count) {
    return price(billed).multiply(BigDecimal.valueOf(count));
  }

  /** This table with {@code billed} at {@code krw} per message. */
  public CostTable with(Billed billed, BigDecimal krw, String newSource) {
    EnumMap<Billed, BigDecimal> prices = new EnumMap<>(krwPerMessage);
    prices.put(billed, krw);
    return new CostTable(prices, newSource);
  }
}
