package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 5, {@code demo --console}: the demo's day, then the console served on its state at
 * the printed one-time URL; the 오늘 page lists the customers the day's timeline sent to; SIGTERM
 * stops it with exit 0. Issue 18 item 2 at the request level on the same state: 규칙 lists every rule
 * in words and, for a booking of the day, {@code explain}'s verdicts.
 */
class DemoConsoleE2ETest {
  private static final Duration DEMO = Duration.ofMinutes(5);
  private static final Pattern URL =
      Pattern.compile("naver-sms console: (http://127\\.0\\.0\\.1:\\d+/login\\?token=\\S+)");
  private static final Pattern TIMELINE_PHONE =
      Pattern.compile("^\\d\\d:\\d\\d  .*?(010-\\*\\*\\*\\*-\\d{4})", Pattern.MULTILINE);

  @Test
  void afterTheDemoDay_thePrintedUrlOpensTodayWithTheDaysBookings_untilSigterm(@TempDir Path work)
      throws Exception {
    try (Child demo = Product.start(Map.of(), work, "demo", "--console", "--console-port", "0")) {
      String out = demo.awaitStdout(s -> URL.matcher(s).find(), DEMO);
      Matcher url = URL.matcher(out);
      assertThat(url.find()).isTrue();
      List<String> phones = TIMELINE_PHONE.matcher(out).results().map(r -> r.group(1)).toList();
      assertThat(phones).as("the day sent messages: %s", out).isNotEmpty();

      ConsoleClient owner = new ConsoleClient(ConsoleClient.baseOf(url.group(1)));
      String login = url.group(1).substring(url.group(1).indexOf("/login"));
      assertThat(owner.get(login).location()).hasValue("/today");
      ConsoleClient.Answer today = owner.get("/today");
      assertThat(today.status()).isEqualTo(200);
      assertThat(today.body()).contains("오늘");
      assertThat(phones).allSatisfy(p -> assertThat(today.body()).contains(p));

      // 비용: the day's messages on the chart
      ConsoleClient.Answer costs = owner.get("/costs");
      assertThat(costs.status()).isEqualTo(200);
      assertThat(costs.body()).contains("id=\"cost-chart\"");
      assertThat(costs.body()).containsPattern("id=\"cost-total\" data-count=\"[1-9]");

      // 규칙: every rule in words, and explain's verdicts for a booking of the day
      ConsoleClient.Answer rules = owner.get("/rules");
      assertThat(rules.status()).isEqualTo(200);
      assertThat(rules.body())
          .contains("New Booking Confirmation", "처음 본 예약", "예약 상태 RC03", "문자 보내기: confirmation")
          .contains("켜짐", "조용한 시간");
      Matcher booking = Pattern.compile("data-booking=\"([^\"]+)\"").matcher(today.body());
      assertThat(booking.find()).isTrue();
      String num = booking.group(1);
      ConsoleClient.Answer explained = owner.get("/rules?booking=" + num);
      assertThat(explained.status()).isEqualTo(200);
      assertThat(explained.body())
          .contains("Booking " + num + ": store ", "New Booking Confirmation")
          .containsAnyOf("fires", "does not fire");
      assertThat(owner.get("/rules?booking=0").body()).contains("찾지 못했습니다");

      demo.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0).assertNoFullPhone();
    }
  }
}
