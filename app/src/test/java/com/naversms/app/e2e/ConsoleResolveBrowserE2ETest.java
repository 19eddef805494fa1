package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.e2e.ConsoleBrowserE2ETest.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 item 4, in a real browser: the owner finds an uncertain message on the customer page,
 * resolves it as not delivered through the confirmation step with a note, sees the ledger change on
 * the page, and the next {@code run} sends it exactly once more (what the simulated SENS saw).
 */
class ConsoleResolveBrowserE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "browser-pass-0506";
  private static final String PHONE = "01000000506";
  private static final String NOTE = "고객이 문자를 못 받았다고 전화함";

  @Test
  void theOwnerResolvesAnUncertainMessage_andTheNextRunSendsItOnce(@TempDir Path work)
      throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
      OffsetDateTime noon = PlanAt.kst(PlanAt.tomorrow(), "12:00");
      Map<String, String> env = new HashMap<>(PlanAt.env(sim, config, noon));
      env.put("CONSOLE_PASSWORD", PASSWORD);
      OutputScan.watchSecrets(List.of(PASSWORD));
      // the confirmation only: the guide is due two hours before a slot five hours away
      control.addBooking("1000001", "확인예시", PHONE, noon.plusHours(5));
      // SENS takes the request, then the connection drops: the cycle cannot know
      control.fault(Map.of("route", "sens.send", "drop", true, "after_handling", true, "times", 1));
      Product.run(env, work, T, "run", "--init-state").assertExit(1).assertNoFullPhone();
      int before = control.sensAcceptedTo(PHONE).size();
      assertThat(before).as("SENS took the confirmation before the drop").isEqualTo(1);

      try (Child console = Product.start(env, work, "console", "--port", "0");
          Browser browser = Browser.open()) {
        WebDriver d = browser.driver();
        String base = ConsoleClient.baseOf(ConsoleSecurityE2ETest.printedUrl(console));
        browser.logIn(base, PASSWORD);
        d.findElement(By.linkText("고객")).click();
        browser.waitFor(By.id("q")).sendKeys("0506");
        d.findElement(By.cssSelector("form.search button")).click();
        WebElement uncertain =
            browser.waitFor(By.cssSelector("article.message[data-state='uncertain']"));
        String key = uncertain.getAttribute("data-key");
        assertThat(uncertain.getText()).contains("불확실");
        browser.screenshot("resolve-uncertain");

        uncertain.findElement(By.linkText("확인 처리")).click();
        browser.waitFor(By.cssSelector("input[name='delivered'][value='no']")).click();
        d.findElement(By.id("note")).sendKeys(NOTE);
        browser.screenshot("resolve-confirm");
        d.findElement(By.cssSelector("form.confirm button[type='submit']")).click();
        assertThat(browser.waitFor(By.cssSelector("p.notice")).getText())
            .contains("받지 못한 것으로 확인했습니다");
        WebElement resolved =
            d.findElement(By.cssSelector("article.message[data-key='" + key + "']"));
        assertThat(resolved.getAttribute("data-state")).isEqualTo("resolved_not_delivered");
        assertThat(resolved.getText()).contains("미전달 확인됨", NOTE);
        assertThat(d.findElements(By.cssSelector("article.message[data-state='uncertain']")))
            .as("nothing left uncertain")
            .isEmpty();
        browser.screenshot("resolved");
      }

      Product.run(env, work, T, "run").assertExit(0).assertNoFullPhone();
      Product.run(env, work, T, "run").assertExit(0).assertNoFullPhone();
      assertThat(control.sensAcceptedTo(PHONE))
          .as("the resolved message sent exactly once more")
          .hasSize(before + 1);
    }
  }
}
