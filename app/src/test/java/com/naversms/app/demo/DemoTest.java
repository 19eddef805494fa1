package com.naversms.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void demoWalksABusinessDay_sendsThroughTheSimulator_andPrintsAMaskedTimeline() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int exit = new Demo(Path.of("../config"), false, out).run();

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(text)
        .contains("summary: 40 cycles, 0 failed")
        .contains("Telegram")
        .contains("Slack");
    var sent =
        Pattern.compile("messages sent: (\\d+) .*accepted by the simulated SENS: (\\d+)")
            .matcher(text);
    assertThat(sent.find()).isTrue();
    assertThat(Integer.parseInt(sent.group(1)))
        .isPositive()
        .isEqualTo(Integer.parseInt(sent.group(2)));
    assertThat(text)
        .doesNotContainPattern("(?<!\\d)010\\d{8}(?!\\d)")
        .doesNotContainPattern("010-\\d{4}-\\d{4}");
  }

  /**
   * Issue 17 item 4: the demo sends the confirmation and the guide as AlimTalk, shows the channel
   * of every message and the failovers of customers without KakaoTalk, and prices the day by
   * channel beside the same messages as SMS/LMS only.
   */
  @Test
  void demoDay_sendsMostMessagesAsAlimTalk_showsEachChannel_andTheDaysCostBesideLmsOnly() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    DemoDay day =
        new Demo(Path.of("../config"), false, new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .day();

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(day.exitCode()).isZero();
    List<String> rows =
        text.lines().filter(l -> l.matches("\\d\\d:\\d\\d  .*010-\\*{4}-.*")).toList();
    long alimTalk = rows.stream().filter(r -> r.contains(" AlimTalk ")).count();
    assertThat(alimTalk).as(text).isGreaterThan(rows.size() / 2);
    assertThat(rows)
        .filteredOn(r -> r.contains(" AlimTalk "))
        .allSatisfy(r -> assertThat(r).containsAnyOf("confirmation", "guide"));
    assertThat(text.lines().filter(l -> l.matches("\\d\\d:\\d\\d  failover: .*")))
        .as("customers without KakaoTalk: SENS sent theirs as SMS/LMS")
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("SENS sent it as LMS: delivered"));
    assertThat(text)
        .containsPattern(
            "cost by channel: .*AlimTalk \\d+ × 7\\.5 = [\\d.,]+ KRW, total [\\d.,]+ KRW")
        .containsPattern("the same messages as SMS/LMS only: .*LMS \\d+ × 30 = [\\d,]+ KRW");
    var costs = day.costs();
    assertThat(costs.actual().totalCount()).isEqualTo(costs.smsOnly().totalCount()).isPositive();
    assertThat(costs.actual().count(com.naversms.core.cost.Billed.ALIMTALK)).isPositive();
    assertThat(costs.share())
        .as("AlimTalk cuts the day's cost")
        .isLessThan(new java.math.BigDecimal("0.75"));
    assertThat(text).contains("this day costs " + costs.percent() + " of that");
  }

  @Test
  void comparisonDemo_sendsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int exit =
        new Demo(Path.of("../config"), true, new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .run();

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(text)
        .contains("messages sent: 0;")
        .contains("accepted by the simulated SENS: 0")
        .contains("operator messages: Telegram 0, Slack 0");
  }
}
