package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void hangulTakesTwoColumns_soColumnsLineUpOnScreen() {
    String out =
        new TextTable("RULE", "TYPE").row("리뷰 요청", "send_sms").row("Reminder", "log").render();
    assertThat(out.lines()).containsExactly("RULE       TYPE", "리뷰 요청  send_sms", "Reminder   log");
    assertThat(TextTable.width("리뷰 요청")).isEqualTo(9);
  }

  @Test
  void aLineAgainstKnownWidths_padsByDisplayColumns_andLetsAWiderCellPushRight() {
    int[] widths = {5, 6, 0};
    assertThat(TextTable.line(widths, "time", "store", "rule")).isEqualTo("time   store   rule");
    assertThat(TextTable.line(widths, "09:00", "강남점", "r1")).isEqualTo("09:00  강남점  r1");
    assertThat(TextTable.line(widths, "09:00", "강남역점", "r1")).isEqualTo("09:00  강남역점  r1");
  }
}
