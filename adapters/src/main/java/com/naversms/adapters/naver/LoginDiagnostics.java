package com.naversms.adapters.naver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * new folder per failure.
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
          Files.createDirectories(root).resolve("login-failure-" + STAMP.format(clock.instant()));
      dir = Files.createDirectories(dir);
      Files.writeString(dir.resolve(REASON), reason, StandardCharsets.UTF_8);
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
    Files.writeString(file, value == null ? "" : value, StandardCharsets.UTF_8);
  }

  private static void screenshot(WebDriver driver, Path file) throws IOException {
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (WebDriverException e) {
      Files.writeString(file.resolveSibling(SCREENSHOT + ".error.txt"), e.getClass().getName());
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
