package com.naversms.adapters.naver;

import com.naversms.adapters.files.EvidenceFolder;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.LoginEvidence;
import com.naversms.core.session.SessionCookies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The legacy sign-in with headless Chromium (reference 1.2, 3.4): open the login form, set the id
 * and password by JavaScript with short random pauses (Naver's bot check watches typing), click
 * {@code log.login}, wait until the URL leaves the login pages, visit the partner site so it sets
 * its cookies, and return every cookie. The browser always quits.
 */
public final class ChromiumBrowserLogin implements BrowserLogin {
  private static final String SET_VALUE =
      "var e = document.querySelector('input[id=\"' + arguments[0] + '\"]');"
          + " if (!e) { return false; } e.setAttribute('value', arguments[1]);"
          + " e.value = arguments[1]; return true;";
  private static final String CLEAR_PASSWORD =
      "var e = document.getElementById('pw'); if (e) { e.value = ''; e.removeAttribute('value'); }";

  // Selenium warns on every start that it has no DevTools bindings for this Chromium; we use none.
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
  }

  private static final String CAPTCHA = "Naver asked for a captcha (automatic sign-in blocked)";

  private final NaverEndpoints endpoints;
  private final ChromiumSettings settings;
  private final LoginDiagnostics diagnostics;

  /** Failed sign-ins leave their evidence in the settings' diagnostics folder. */
  public ChromiumBrowserLogin(NaverEndpoints endpoints, ChromiumSettings settings, Clock clock) {
    this(endpoints, settings, clock, new EvidenceFolder(settings.diagnostics()));
  }

  /** Failed sign-ins leave their evidence in {@code evidence} (a folder or S3). */
  public ChromiumBrowserLogin(
      NaverEndpoints endpoints, ChromiumSettings settings, Clock clock, LoginEvidence evidence) {
    this.endpoints = endpoints;
    this.settings = settings;
    this.diagnostics = new LoginDiagnostics(evidence, clock);
  }

  @Override
  public LoginResult login(String username, String password) {
    Path profile;
    try {
      profile = Files.createTempDirectory("naver-chromium-");
    } catch (IOException e) {
      return failed(
          null,
          "no temporary folder for the browser profile: " + e.getMessage(),
          username,
          password);
    }
    WebDriver driver = null;
    try {
      driver = start(profile);
      return signIn(driver, username, password);
    } catch (WebDriverException e) {
      String reason =
          driver == null
              ? "Chromium could not start ("
                  + settings.chromium()
                  + ", "
                  + settings.chromedriver()
                  + "): "
              : "browser error: ";
      return failed(driver, reason + firstLine(e.getMessage()), username, password);
    } finally {
      if (driver != null) {
        driver.quit();
      }
      BrowserProfile.delete(profile);
    }
  }

  private LoginResult signIn(WebDriver driver, String username, String password) {
    driver.get(endpoints.loginForm().toString());
    try {
      new WebDriverWait(driver, settings.pageTimeout())
          .until(d -> !d.findElements(By.id("log.login")).isEmpty() || showsCaptcha(d));
    } catch (TimeoutException e) {
      return failed(driver, "the login form did not appear", username, password);
    }
    if (showsCaptcha(driver)) {
      return failed(driver, CAPTCHA, username, password);
    }
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript(SET_VALUE, "id", username))
        || !pause(settings.fieldPause())
        || !Boolean.TRUE.equals(js.executeScript(SET_VALUE, "pw", password))
        || !pause(settings.fieldPause())) {
      return failed(driver, "the login form has no id or pw field", username, password);
    }
    driver.findElement(By.id("log.login")).click();
    pause(settings.clickPause());
    try {
      new WebDriverWait(driver, settings.loginWait()).until(d -> !onLoginPage(d.getCurrentUrl()));
    } catch (TimeoutException e) {
      return failed(driver, stuckReason(driver), username, password);
    }
    visitPartnerHome(driver);
    List<SessionCookies.Cookie> cookies =
        driver.manage().getCookies().stream().map(ChromiumBrowserLogin::cookie).toList();
    if (cookies.isEmpty()) {
      return failed(driver, "signed in but the browser holds no cookies", username, password);
    }
    return new LoginResult.LoggedIn(new SessionCookies(cookies));
  }

  private void visitPartnerHome(WebDriver driver) {
    try {
      driver.get(endpoints.partnerHome().toString());
    } catch (TimeoutException e) {
      // A slow partner page still leaves its cookies set: stop loading and carry on (refactor).
      ((JavascriptExecutor) driver).executeScript("window.stop();");
    }
  }

  private static String stuckReason(WebDriver driver) {
    return showsCaptcha(driver)
        ? CAPTCHA
        : "still on the login page after signing in (wrong credentials or a new check)";
  }

  private static boolean showsCaptcha(WebDriver driver) {
    String page = driver.getPageSource();
    return page != null && page.toLowerCase(Locale.ROOT).contains("captcha");
  }

  static boolean onLoginPage(String url) {
    return url == null || url.toLowerCase(Locale.ROOT).contains("login");
  }

  private WebDriver start(Path profile) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(settings.chromedriver().toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(settings.chromium().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-blink-features=AutomationControlled",
        "--window-size=1280,1024",
        "--user-agent=" + PartnerRequests.USER_AGENT,
        "--user-data-dir=" + profile);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(settings.pageTimeout());
    return driver;
  }

  private LoginResult failed(WebDriver driver, String reason, String username, String password) {
    String url = "";
    if (driver != null) {
      try {
        ((JavascriptExecutor) driver).executeScript(CLEAR_PASSWORD);
        url = driver.getCurrentUrl();
      } catch (WebDriverException e) {
        url = "unknown (" + e.getClass().getSimpleName() + ")";
      }
    }
    String where = diagnostics.save(driver, reason, username, password);
    return new LoginResult.LoginFailed(reason, url, where);
  }

  private static boolean pause(Duration base) {
    long ms = base.toMillis();
    long jittered = ms + ThreadLocalRandom.current().nextLong(ms * 6 / 10 + 1);
    try {
      Thread.sleep(jittered);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static SessionCookies.Cookie cookie(org.openqa.selenium.Cookie c) {
    return new SessionCookies.Cookie(
        c.getName(),
        c.getValue(),
        c.getDomain(),
        c.getPath(),
        c.getExpiry() == null ? null : c.getExpiry().toInstant().getEpochSecond(),
        c.isHttpOnly(),
        c.isSecure(),
        c.getSameSite());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
