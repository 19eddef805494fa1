package com.naversms.adapters.naver;

import com.naversms.core.session.LoginEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps what the operator needs to see why a sign-in failed: {@code screenshot.png}, {@code
 * page.html}, {@code url.txt} and {@code reason.txt}, under one new name per failure in the {@link
 * LoginEvidence} store (a folder beside the state, or S3). The page is masked before it is kept:
 * every {@code <input>}'s {@code value} attribute becomes {@code ***}, and so does any other
 * occurrence of the username or password (the id the form was filled with must not survive).
 */
final class LoginDiagnostics {
  static final String SCREENSHOT = "screenshot.png";
  static final String PAGE = "page.html";
  static final String URL = "url.txt";
  static final String REASON = "reason.txt";
  static final String MASK = "***";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern INPUT_VALUE =
      Pattern.compile(
          "(<input\\b[^>]*?\\bvalue\\s*=\\s*)(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);

  private final LoginEvidence store;
  private final Clock clock;

  LoginDiagnostics(LoginEvidence store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Saves what can be saved; returns where, or a note when even that failed. */
  String save(WebDriver driver, String reason, String username, String password) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(REASON, utf8(mask(reason, username, password)));
    if (driver != null) {
      files.put(URL, utf8(mask(text(driver::getCurrentUrl), username, password)));
      files.put(PAGE, utf8(mask(text(driver::getPageSource), username, password)));
      try {
        files.put(SCREENSHOT, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      } catch (WebDriverException e) {
        files.put(SCREENSHOT + ".error.txt", utf8(e.getClass().getName()));
      }
    }
    try {
      return store.keep("login-failure-" + STAMP.format(clock.instant()), files);
    } catch (IOException | RuntimeException e) {
      return "diagnostics not saved: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String text(PageText text) {
    try {
      String value = text.get();
      return value == null ? "" : value;
    } catch (WebDriverException e) {
      return "unavailable: " + e.getClass().getSimpleName();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every input's value attribute, then the username and password wherever they still appear. */
  static String mask(String html, String username, String password) {
    if (html == null) {
      return null;
    }
    Matcher m = INPUT_VALUE.matcher(html);
    String out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\"" + MASK + "\""));
    for (String secret : new String[] {password, username}) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  private interface PageText {
    String get();
  }
}
