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
}
