package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18 in a real browser (Debian's Chromium through chromedriver): after a simulated cycle, the
 * owner logs in to {@code naver-sms console}, sees the day's messages on 오늘 for each store, finds a
 * customer by the last four digits with every message's text, resends one with a note (the
 * simulated SENS sees it once), edits a template (the preview and its EUC-KR byte count follow the
 * typing; a wrong variable is an error naming its line), saves it, and the next {@code run} sends
 * the new text; 문구 shows the confirmation's AlimTalk variant beside it; 비용 charts every message.
 * Screenshots go to {@code app/target/console-screens/}.
 */
class ConsoleBrowserE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final String PASSWORD = "browser-pass-0005";
  private static final String PHONE = "01000000005";
  private static final String ADDED = " 콘솔에서 고친 문구입니다.";
  private static final int ADDED_BYTES = 26;

  @Test
  void theOwnerFindsACustomer_resendsOnce_andSavesATemplateTheNextRunUses(@TempDir Path work)
      throws Exception {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      Path config = ShippedConfig.withoutQuietHours(work.resolve("config"));
      // the confirmation has an AlimTalk variant (shown on 문구; AlimTalk itself stays off here)
      Files.writeString(config.resolve("alimtalk_templates.yaml"), AlimTalkE2ETest.VARIANT);
      // every run and the console plan at noon tomorrow: the bookings are on the console's day
      // whatever the hour the test runs at
      OffsetDateTime noon = PlanAt.kst(PlanAt.tomorrow(), "12:00");
      Map<String, String> env = new HashMap<>(PlanAt.env(sim, config, noon));
      env.put("CONSOLE_PASSWORD", PASSWORD);
      OutputScan.watchSecrets(List.of(PASSWORD));
      OffsetDateTime slot = noon.plusMinutes(90);
      control.addBooking("1000001", "콘솔예시", PHONE, slot);
      control.addBooking("1000002", "콘솔예시", PHONE, slot.plusHours(1));
      control.addBooking("1000003", "다른예시", "01000000105", slot);
      Product.run(env, work, T, "run", "--init-state").assertExit(0);
      int sent = control.sensAcceptedTo(PHONE).size();
      assertThat(sent).as("confirmations and guides of both bookings").isGreaterThanOrEqualTo(2);

      try (Child console = Product.start(env, work, "console", "--port", "0");
          Browser browser = Browser.open()) {
        WebDriver d = browser.driver();
        String base = ConsoleClient.baseOf(ConsoleSecurityE2ETest.printedUrl(console));

        // log in
        browser.logIn(base, PASSWORD);
        assertThat(d.getCurrentUrl()).endsWith("/today");

        // 오늘: every store of the booking shows it with its messages
        for (String store : List.of("1000001", "1000002", "1000003")) {
          WebElement section = d.findElement(By.cssSelector("section[data-store='" + store + "']"));
          List<WebElement> chips = section.findElements(By.cssSelector("li.msg[data-state]"));
          assertThat(chips).as("messages of store " + store).isNotEmpty();
        }
        assertThat(d.findElement(By.cssSelector("[data-num='last-cycle']")).getText())
            .contains("정상");
        assertThat(d.findElement(By.tagName("main")).getText())
            .contains("010-****-0005")
            .doesNotContain("010-0000-0005");
        browser.screenshot("today");

        // 고객: by the last four digits, every message with its text
        d.findElement(By.linkText("고객")).click();
        browser.waitFor(By.id("q")).sendKeys("0005");
        d.findElement(By.cssSelector("form.search button")).click();
        browser.waitFor(By.cssSelector("article.message"));
        List<WebElement> messages = d.findElements(By.cssSelector("article.message"));
        assertThat(messages).hasSize(sent);
        assertThat(d.findElement(By.tagName("main")).getText())
            .contains("콘솔예시 010-0000-0005", "예약이 확정되었습니다");
        browser.screenshot("customer");

        // resend the confirmation, with a confirmation step and a note
        WebElement confirmation =
            d.findElement(By.cssSelector("article.message[data-key*='/confirm_sms/']"));
        String key = confirmation.getAttribute("data-key");
        confirmation.findElement(By.linkText("다시 보내기")).click();
        browser.waitFor(By.id("note")).sendKeys("고객이 문자를 지웠다고 함");
        browser.screenshot("resend-confirm");
        d.findElement(By.cssSelector("form.confirm button[type='submit']")).click();
        assertThat(browser.waitFor(By.cssSelector("p.notice")).getText()).contains("다시 보냈습니다");
        assertThat(control.sensAcceptedTo(PHONE)).as("SENS saw the resend once").hasSize(sent + 1);
        assertThat(d.findElement(By.tagName("main")).getText())
            .contains("resend of " + key + " by console: 고객이 문자를 지웠다고 함");

        // 비용: the chart drawn on the server holds every message of the state
        d.findElement(By.linkText("비용")).click();
        browser.waitFor(By.id("cost-chart"));
        int charted = 0;
        for (WebElement day : d.findElements(By.cssSelector("#cost-chart g.day"))) {
          charted += Integer.parseInt(day.getAttribute("data-count"));
        }
        assertThat(charted)
            .as("every message SENS accepted, the resend too")
            .isEqualTo(control.sensAccepted().size());
        assertThat(d.findElements(By.cssSelector("#cost-chart rect.bar"))).isNotEmpty();
        assertThat(d.findElement(By.id("cost-total")).getText()).contains("합계");
        browser.screenshot("costs");

        // 문구: the preview and the byte count follow the typing
        d.findElement(By.linkText("문구")).click();
        browser.waitForPreview("valid");
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("template")))
            .selectByValue("booking_confirm");
        assertThat(d.findElement(By.id("alimtalk")).isDisplayed()).isTrue();
        assertThat(d.findElement(By.id("alimtalk-code")).getText()).isEqualTo("EXCONFIRM01");
        assertThat(d.findElement(By.id("alimtalk-text")).getText())
            .startsWith("김예시 고객님")
            .contains("예약이 확정되었습니다 ✅");
        int before = Integer.parseInt(d.findElement(By.id("bytes")).getText());
        WebElement yaml = d.findElement(By.id("yaml"));
        String anchor = "예약이 확정되었습니다.";
        browser.caretAfter(yaml, anchor);
        browser.type(ADDED);
        browser.waitForText(By.id("bytes"), Integer.toString(before + ADDED_BYTES));
        assertThat(d.findElement(By.id("preview-text")).getText()).contains(anchor + ADDED);
        assertThat(d.findElement(By.id("type")).getText()).isEqualTo("LMS");
        browser.screenshot("template-typed");

        // a wrong variable: an error naming the line, then fixed
        String wrong = " {{ booking.nope }}";
        browser.type(wrong);
        browser.waitForPreview("invalid");
        int line = lineOf(yaml.getAttribute("value"), "booking.nope");
        WebElement error = d.findElement(By.cssSelector("#errors li"));
        assertThat(error.getAttribute("data-line")).isEqualTo(Integer.toString(line));
        assertThat(error.getText()).contains("sms_templates.yaml " + line + "번째 줄", "nope");
        browser.screenshot("template-error");
        for (int i = 0; i < wrong.length(); i++) {
          browser.type(org.openqa.selenium.Keys.BACK_SPACE);
        }
        browser.waitForPreview("valid");
        assertThat(d.findElements(By.cssSelector("#errors li"))).isEmpty();

        // save: the file, its backup, config check
        String old = Files.readString(config.resolve("sms_templates.yaml"));
        d.findElement(By.id("note")).sendKeys("확정 문구에 한 줄 추가");
        d.findElement(By.id("save")).click();
        assertThat(browser.waitFor(By.cssSelector("p.notice")).getText()).contains("저장했습니다");
        browser.screenshot("template-saved");
        String saved = Files.readString(config.resolve("sms_templates.yaml"));
        assertThat(saved).contains(anchor + ADDED).isNotEqualTo(old);
        try (var backups = Files.list(config.resolve(".backup"))) {
          assertThat(backups.filter(f -> f.getFileName().toString().startsWith("sms_templates")))
              .singleElement()
              .satisfies(f -> {
                assertThat(Files.readString(f)).isEqualTo(old);
                assertThat(
                        java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(f)))
                    .as("the guides hold door codes: the backup is owner-only")
                    .isEqualTo("rw-------");
              });
        }
        assertThat(Files.readString(config.resolve(".backup/changes.log")))
            .contains("sms_templates.yaml saved", "확정 문구에 한 줄 추가", "resend " + key);
        Product.run(env, work, T, "config", "check", "--config", config.toString()).assertExit(0);
      }

      // the next run sends the new text
      String other = "01000000006";
      control.addBooking("1000001", "다음예시", other, noon.plusMinutes(150));
      Product.run(env, work, T, "run").assertExit(0);
      assertThat(control.sensAcceptedTo(other))
          .anySatisfy(m -> assertThat(m.path("content").asText()).contains("예약이 확정되었습니다." + ADDED));
    }
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + needle);
  }

  /** Chromium through chromedriver, headless; a missing binary fails the test, never skips it. */
  record Browser(WebDriver driver, Path screens) implements AutoCloseable {
    static Browser open() throws Exception {
      File chromedriver = new File("/usr/bin/chromedriver");
      File chromium = new File("/usr/bin/chromium");
      if (!chromedriver.canExecute() || !chromium.canExecute()) {
        throw new AssertionError(
            "the console's browser tests need Debian's chromium and chromium-driver"
                + " (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium"
                + " chromium-driver (.ci/run installs them)");
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(chromedriver)
              .usingAnyFreePort()
              .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-gpu",
          "--window-size=1400,1000",
          "--lang=ko-KR",
          "--user-data-dir=/tmp/chrome-console-" + UUID.randomUUID());
      Path screens = Repo.root().resolve("app/target/console-screens");
      Files.createDirectories(screens);
      return new Browser(new ChromeDriver(service, options), screens);
    }

    /** Signs in on the login page the console shows before 오늘, and waits for 오늘. */
    void logIn(String base, String password) {
      driver.get(base + "/today");
      waitFor(By.id("password")).sendKeys(password);
      driver.findElement(By.id("login")).click();
      waitFor(By.id("today"));
    }

    WebElement waitFor(By by) {
      return new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.textToBe(by, text));
    }

    void waitForPreview(String state) {
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-preview", state));
    }

    /** Puts the caret right after the first {@code anchor} in {@code area}. */
    void caretAfter(WebElement area, String anchor) {
      area.click();
      ((JavascriptExecutor) driver)
          .executeScript(
              "var a = arguments[0], i = a.value.indexOf(arguments[1]) + arguments[1].length;"
                  + " a.focus(); a.setSelectionRange(i, i);",
              area,
              anchor);
    }

    /** Keys to the focused element, where its caret is (as a person types). */
    void type(CharSequence keys) {
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    void screenshot(String name) throws Exception {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), screens.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
      driver.quit();
    }
  }
}
