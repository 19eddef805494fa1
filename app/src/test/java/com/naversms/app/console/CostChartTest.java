package com.naversms.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.cost.Billed;
import com.naversms.core.cost.CostComparison;
import com.naversms.core.cost.CostTable;
import com.naversms.core.cost.MessageCosts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 비용's SVG: one group per day, bars stacked by channel, a round won axis above the dearest day. */
class CostChartTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static CostDays period(MessageCosts today) {
    List<CostDays.Day> days = new ArrayList<>();
    for (int i = CostDays.PERIOD - 1; i > 0; i--) {
      days.add(new CostDays.Day(TODAY.minusDays(i), MessageCosts.none(CostTable.DEFAULTS)));
    }
    days.add(new CostDays.Day(TODAY, today));
    return new CostDays(
        days, new CostComparison(today, MessageCosts.none(CostTable.DEFAULTS)), CostTable.DEFAULTS);
  }

  @Test
  void aDayWithAlimTalkAndLms_isOneStackedBar_underARoundAxis() {
    MessageCosts today =
        MessageCosts.none(CostTable.DEFAULTS).plus(Billed.ALIMTALK, 2).plus(Billed.LMS, 1);
    String svg = CostChart.svg(period(today));

    assertThat(svg.split("<g class=\"day\"", -1)).hasSize(CostDays.PERIOD + 1);
    assertThat(svg)
        .contains("data-date=\"2026-12-04\" data-count=\"3\" data-krw=\"45\"")
        .contains("class=\"bar lms\" data-channel=\"LMS\" data-count=\"1\"")
        .contains("class=\"bar alimtalk\" data-channel=\"AlimTalk\" data-count=\"2\"")
        .contains("<title>12-04 LMS 1건 30원, 알림톡 2건 15원, 합계 45원</title>")
        .contains(">50원</text>", ">25원</text>", ">0원</text>")
        .doesNotContain("style=");
  }

  @Test
  void aQuietMonth_drawsAnEmptyAxis_andNoBar() {
    String svg = CostChart.svg(period(MessageCosts.none(CostTable.DEFAULTS)));
    assertThat(svg).doesNotContain("<rect").contains(">10원</text>", ">0원</text>");
    assertThat(CostsPage.page(period(MessageCosts.none(CostTable.DEFAULTS)), "t"))
        .contains("최근 30일 동안 보낸 문자가 없습니다");
  }
}
