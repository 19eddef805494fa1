package com.naversms.app.console;

import static com.naversms.app.console.Html.esc;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.MessageCosts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * 비용's chart, drawn on the server as SVG (no script, no library, nothing from outside the jar): one
 * bar per day, its height the day's cost in won, stacked by channel, the day's message count above
 * it; colours come from the stylesheet ({@code .bar.sms} ...), every bar has a {@code <title>} with
 * the day's numbers.
 */
final class CostChart {
  static final int WIDTH = 960;
  static final int HEIGHT = 280;
  private static final int LEFT = 64;
  private static final int RIGHT = 8;
  private static final int TOP = 22;
  private static final int BOTTOM = 30;
  private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM-dd");

  private CostChart() {}

  static String svg(CostDays period) {
    BigDecimal top = scaleTop(period);
    int plotH = HEIGHT - TOP - BOTTOM;
    double slot = (WIDTH - LEFT - RIGHT) / (double) period.days().size();
    double barW = Math.max(4, slot * 0.66);
    StringBuilder b =
        new StringBuilder(
                "<svg class=\"chart\" id=\"cost-chart\" xmlns=\"http://www.w3.org/2000/svg\"")
            .append(" viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(HEIGHT)
            .append("\" role=\"img\" aria-label=\"최근 ")
            .append(period.days().size())
            .append("일 날짜별 문자 비용 (원), 종류별\">");
    // the won axis: 0, half, top
    for (int i = 0; i <= 2; i++) {
      BigDecimal value = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.TWO);
      double y = TOP + plotH - plotH * i / 2.0;
      b.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\"/><text class=\"axis\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(esc(MessageCosts.krw(value)))
          .append("원</text>");
    }
    for (int i = 0; i < period.days().size(); i++) {
      CostDays.Day day = period.days().get(i);
      MessageCosts c = day.costs();
      double x = LEFT + slot * i + (slot - barW) / 2;
      b.append("<g class=\"day\" data-date=\"")
          .append(day.date())
          .append("\" data-count=\"")
          .append(c.totalCount())
          .append("\" data-krw=\"")
          .append(esc(c.total().stripTrailingZeros().toPlainString()))
          .append("\"><title>")
          .append(esc(day.date().format(MD) + " " + c.korean()))
          .append("</title>");
      double y = TOP + plotH;
      for (Billed way : Billed.values()) {
        if (c.count(way) == 0) {
          continue;
        }
        double h = top.signum() == 0 ? 0 : plotH * c.cost(way).doubleValue() / top.doubleValue();
        y -= h;
        b.append("<rect class=\"bar ")
            .append(css(way))
            .append("\" data-channel=\"")
            .append(way.label())
            .append("\" data-count=\"")
            .append(c.count(way))
            .append("\" x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(fmt(y))
            .append("\" width=\"")
            .append(fmt(barW))
            .append("\" height=\"")
            .append(fmt(Math.max(h, 1)))
            .append("\"/>");
      }
      if (c.totalCount() > 0) {
        b.append("<text class=\"count\" x=\"")
            .append(fmt(x + barW / 2))
            .append("\" y=\"")
            .append(fmt(y - 4))
            .append("\" text-anchor=\"middle\">")
            .append(c.totalCount())
            .append("</text>");
      }
      if (i % 5 == (period.days().size() - 1) % 5) {
        b.append("<text class=\"axis\" x=\"")
            .append(fmt(x + barW / 2))
            .append("\" y=\"")
            .append(HEIGHT - 10)
            .append("\" text-anchor=\"middle\">")
            .append(day.date().format(MD))
            .append("</text>");
      }
      b.append("</g>");
    }
    return b.append("</svg>").toString();
  }

  /** The stylesheet's class of a channel's bars and legend swatch. */
  static String css(Billed way) {
    return way.name().toLowerCase(Locale.ROOT);
  }

  /** A round top for the won axis (1, 2 or 5 times a power of ten) above the dearest day. */
  private static BigDecimal scaleTop(CostDays period) {
    BigDecimal max = BigDecimal.ZERO;
    for (CostDays.Day d : period.days()) {
      max = max.max(d.costs().total());
    }
    if (max.signum() == 0) {
      return BigDecimal.TEN;
    }
    BigDecimal power = BigDecimal.ONE;
    while (power.multiply(BigDecimal.TEN).compareTo(max) < 0) {
      power = power.multiply(BigDecimal.TEN);
    }
    for (int step : new int[] {1, 2, 5, 10}) {
      BigDecimal top = power.multiply(BigDecimal.valueOf(step));
      if (top.compareTo(max) >= 0) {
        return top;
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  private static String fmt(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
