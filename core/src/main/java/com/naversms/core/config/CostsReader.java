package com.naversms.core.config;

import com.naversms.core.config.YamlNode.Scalar.Kind;
import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code costs.yaml} (optional): {@code krw_per_message: {sms, lms, mms, alimtalk}} and an optional
 * {@code as_of} date. A price left out keeps its default ({@link CostTable#DEFAULTS}).
 */
final class CostsReader {
  static final String FILE = "costs.yaml";

  /** The highest price accepted: a typo (7500 for 7.5) is caught, any real tariff fits. */
  static final BigDecimal MAX_KRW = new BigDecimal("1000");

  private CostsReader() {}

  static CostTable read(YamlNode root, Problems p) {
    if (root instanceof YamlNode.Scalar s && s.kind() == Kind.NULL) {
      return CostTable.DEFAULTS;
    }
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    if (top.isEmpty()) {
      return CostTable.DEFAULTS;
    }
    Keys.only(top.get(), Set.of("krw_per_message", "as_of"), p);
    Optional<LocalDate> asOf = top.get().get("as_of").flatMap(n -> YamlValues.date(n, p));
    String source = FILE + asOf.map(d -> " (prices as of " + d + ")").orElse("");
    CostTable table = CostTable.DEFAULTS;
    Optional<YamlNode> prices = top.get().get("krw_per_message");
    if (prices.isEmpty()) {
      p.add("", top.get().line(), "missing \"krw_per_message\"");
      return table;
    }
    Optional<YamlNode.Mapping> m = YamlValues.mapping(prices.get(), p);
    if (m.isEmpty()) {
      return table;
    }
    Keys.only(m.get(), Set.of("sms", "lms", "mms", "alimtalk"), p);
    for (Billed b : Billed.values()) {
      String key = b.name().toLowerCase(Locale.ROOT);
      Optional<BigDecimal> price = m.get().get(key).flatMap(n -> price(n, p));
      if (price.isPresent()) {
        table = table.with(b, price.get(), source);
      }
    }
    return new CostTable(table.krwPerMessage(), source);
  }

  /** A number of won from 0 to {@link #MAX_KRW}, at most two decimals (7.5, 8.25). */
  private static Optional<BigDecimal> price(YamlNode n, Problems p) {
    if (n instanceof YamlNode.Scalar s && (s.kind() == Kind.INT || s.kind() == Kind.FLOAT)) {
      try {
        BigDecimal v = new BigDecimal(s.text().replace("_", "").replaceFirst("^\\+", ""));
        if (v.signum() >= 0 && v.compareTo(MAX_KRW) <= 0 && v.stripTrailingZeros().scale() <= 2) {
          return Optional.of(v.setScale(Math.max(0, v.stripTrailingZeros().scale())));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      p.at(
          n,
          "expected KRW per message from 0 to "
              + MAX_KRW
              + " with at most two decimals, got "
              + s.text());
      return Optional.empty();
    }
    p.at(n, "expected KRW per message (a number such as 30 or 7.5), got " + n.describe());
    return Optional.empty();
  }
}
