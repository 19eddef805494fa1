package com.naversms.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        Pattern.compile("SMS sent: (\\d+) .*accepted by the simulated SENS: (\\d+)").matcher(text);
    assertThat(sent.find()).isTrue();
    assertThat(Integer.parseInt(sent.group(1)))
        .isPositive()
        .isEqualTo(Integer.parseInt(sent.group(2)));
    assertThat(text)
        .doesNotContainPattern("(?<!\\d)010\\d{8}(?!\\d)")
        .doesNotContainPattern("010-\\d{4}-\\d{4}");
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
        .contains("SMS sent: 0;")
        .contains("accepted by the simulated SENS: 0")
        .contains("operator messages: Telegram 0, Slack 0");
  }
}
