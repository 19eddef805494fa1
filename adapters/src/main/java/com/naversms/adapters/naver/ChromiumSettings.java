package com.naversms.adapters.naver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How Chromium is started for the sign-in. The driver and browser paths are always explicit, so
 * Selenium Manager never runs (java-toolchain.md 4).
 *
 * @param fieldPause pause after filling a field; each pause is randomised up to 1.6 times this (the
 *     legacy's 0.34-0.54 s)
 * @param clickPause pause after clicking the login button, randomised the same way
 * @param loginWait how long the browser may stay on a login URL after the click
 * @param diagnostics where a failed sign-in leaves its screenshot, page URL and HTML
 */
public record ChromiumSettings(
    Path chromedriver,
    Path chromium,
    Duration pageTimeout,
    Duration loginWait,
    Duration fieldPause,
    Duration clickPause,
    Path diagnostics) {

  public static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");

  /** Where diagnostics go without a state folder (the Lambda login function: its own /tmp). */
  public static final Path TEMPORARY_DIAGNOSTICS =
      Path.of(System.getProperty("java.io.tmpdir"), "naver-login-diagnostics");

  /**
   * Defaults, with {@code CHROMEDRIVER_PATH}, {@code CHROME_BINARY_PATH} and {@code
   * NAVER_LOGIN_DIAGNOSTICS_DIR} from {@code env} when set; diagnostics otherwise go to {@link
   * #TEMPORARY_DIAGNOSTICS}.
   */
  public static ChromiumSettings fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, TEMPORARY_DIAGNOSTICS);
  }

  /**
   * As {@link #fromEnvironment(Map)}, with the diagnostics in {@code diagnostics} unless {@code
   * NAVER_LOGIN_DIAGNOSTICS_DIR} says otherwise (the service passes the state folder's).
   */
  public static ChromiumSettings fromEnvironment(Map<String, String> env, Path diagnostics) {
    return new ChromiumSettings(
        path(env, "CHROMEDRIVER_PATH", DEFAULT_DRIVER),
        path(env, "CHROME_BINARY_PATH", DEFAULT_BROWSER),
        Duration.ofSeconds(40),
        Duration.ofSeconds(15),
        Duration.ofMillis(340),
        Duration.ofMillis(640),
        path(env, "NAVER_LOGIN_DIAGNOSTICS_DIR", diagnostics));
  }

  public ChromiumSettings withPauses(Duration field, Duration click) {
    return new ChromiumSettings(
        chromedriver, chromium, pageTimeout, loginWait, field, click, diagnostics);
  }

  public ChromiumSettings withLoginWait(Duration wait) {
    return new ChromiumSettings(
        chromedriver, chromium, pageTimeout, wait, fieldPause, clickPause, diagnostics);
  }

  public ChromiumSettings withDiagnostics(Path dir) {
    return new ChromiumSettings(
        chromedriver, chromium, pageTimeout, loginWait, fieldPause, clickPause, dir);
  }

  private static Path path(Map<String, String> env, String name, Path fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : Path.of(v);
  }
}
