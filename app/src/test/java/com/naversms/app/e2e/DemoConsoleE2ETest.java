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
 * stops it with exit 0.
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

      demo.signal("TERM").waitFor(Duration.ofSeconds(30)).assertExit(0).assertNoFullPhone();
    }
  }
}
