package com.naversms.bench.cycle;

import com.naversms.app.demo.Demo;
import com.naversms.app.demo.DemoDay;
import com.naversms.bench.report.Row;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cost.MessageCosts;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * Issue 19 item 5, the message half: {@code naver-sms demo}'s day (AlimTalk on for the example
 * config's variants, one customer in eight without KakaoTalk) priced by the config's cost table as
 * billed (a failed-over AlimTalk at its LMS leg) against the same messages as SMS/LMS only ({@link
 * Demo#day()}, issue 17). Args: the config folder.
 */
public final class DemoCostBench {
  static final BigDecimal TARGET = new BigDecimal("0.40");

  private DemoCostBench() {}

  public static void main(String[] args) {
    DemoDay day =
        new Demo(Path.of(args[0]), false, new PrintStream(OutputStream.nullOutputStream())).day();
    if (day.exitCode() != 0) {
      throw new IllegalStateException("the demo day failed: exit " + day.exitCode());
    }
    System.out.println(row(day.costs()).line());
  }

  static Row row(CostComparison costs) {
    return new Row(
        "message cost of the demo day: AlimTalk with failover ÷ LMS only (issue 19 item 5)",
        "≤ 40%",
        costs.percent()
            + ": "
            + MessageCosts.krw(costs.actual().total())
            + " of "
            + MessageCosts.krw(costs.smsOnly().total())
            + " KRW ("
            + costs.actual().english()
            + ")",
        costs.share().divide(TARGET, 4, RoundingMode.HALF_UP).doubleValue());
  }
}
