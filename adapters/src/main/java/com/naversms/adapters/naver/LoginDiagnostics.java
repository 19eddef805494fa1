package com.naversms.adapters.naver;

import com.naversms.adapters.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps what the operator needs to see why a sign-in failed: {@code screenshot.png}, {@code
 * page.html} (the password replaced by {@code ***}), {@code url.txt} and {@code reason.txt}, in one
 * new folder per failure. The page and the screenshot may show the account and customers' bookings:
 * every folder is created 0700 and every file 0600, whatever the process umask.
 */
final class LoginDiagnostics {
  static final String SCREENSHOT = "screenshot.png";
  static final String PAGE = "page.html";
  static final String URL = "url.txt";
  static final String REASON = "reason.txt";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path root;
  private final Clock clock;

  LoginDiagnostics(Path root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  /** Saves what can be saved; returns the folder, or a note when even that failed. */
  String save(WebDriver driver, String reason, String password) {
    try {
      Path dir =
          OwnerOnlyFiles.folders(root.resolve("login-failure-" + STAMP.format(clock.instant())));
      text(dir.resolve(REASON), reason);
      if (driver != null) {
        write(dir.resolve(URL), () -> driver.getCurrentUrl());
        write(dir.resolve(PAGE), () -> redact(driver.getPageSource(), password));
        screenshot(driver, dir.resolve(SCREENSHOT));
      }
      return dir.toString();
    } catch (IOException e) {
      return "diagnostics not saved: " + e.getMessage();
    }
  }

  private static void write(Path file, PageText text) throws IOException {
    String value;
    try {
      value = text.get();
    } catch (WebDriverException e) {
      value = "unavailable: " + e.getClass().getSimpleName();
    }
    text(file, value == null ? "" : value);
  }

  private static void text(Path file, String value) throws IOException {
    OwnerOnlyFiles.write(file, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void screenshot(WebDriver driver, Path file) throws IOException {
    try {
      OwnerOnlyFiles.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (WebDriverException e) {
      text(file.resolveSibling(SCREENSHOT + ".error.txt"), e.getClass().getName());
    }
  }

  static String redact(String html, String password) {
    if (html == null || password == null || password.isEmpty()) {
      return html;
    }
    return html.replace(password, "***");
  }

  private interface PageText {
    String get();
  }
}
