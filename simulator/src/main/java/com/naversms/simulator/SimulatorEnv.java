package com.naversms.simulator;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment variables that point {@code naver-sms run} and {@code daemon} at a running
 * simulator (docs/operations.md section 5), printed by {@code naver-sms simulator} as {@code export
 * NAME=VALUE} lines ready to paste into a shell.
 */
public final class SimulatorEnv {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

  private SimulatorEnv() {}

  /**
   * Base URLs, every secret the product reads from the environment, delivery switched on (the SENS
   * here is the simulator's), SQLite at {@code sqlitePath}, then {@code extra} (e.g. the config
   * folder), in print order.
   */
  public static Map<String, String> of(Simulator sim, Path sqlitePath, Map<String, String> extra) {
    String base = sim.baseUrl();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("NAVER_BASE_URL", base);
    env.put("SENS_BASE_URL", base);
    env.put("TELEGRAM_BASE_URL", base);
    env.put("SECRETS_SOURCE", "env");
    env.put("NAVER_USERNAME", sim.naver().username());
    env.put("NAVER_PASSWORD", sim.naver().password());
    env.put("SENS_ACCESS_KEY", sim.sens().accessKey());
    env.put("SENS_SECRET_KEY", sim.sens().secretKey());
    env.put("SENS_SERVICE_ID", sim.sens().serviceId());
    env.put("SENS_ALIMTALK_SERVICE_ID", sim.alimTalk().serviceId());
    env.put("TELEGRAM_BOT_TOKEN", sim.telegram().botToken());
    env.put("TELEGRAM_CHAT_ID", sim.telegram().chatId());
    env.put("SLACK_WEBHOOK_URL", base + sim.slack().webhookPath());
    env.put("SLACK_BOT_TOKEN", sim.slack().botToken());
    // the SENS these point at is the simulator: sending is safe, in CI too
    env.put("SENS_DELIVERY_ENABLED", "true");
    env.put("ALLOW_SENS_IN_CI", "true");
    // as the demo: no pacing between partner-API pages, quick HTTP retries
    env.put("FETCH_MIN_INTERVAL_MS", "0");
    env.put("RETRY_PAUSE_MS", "10");
    env.put("STATE_BACKEND", "sqlite");
    env.put("SQLITE_PATH", sqlitePath.toAbsolutePath().toString());
    env.putAll(extra);
    return env;
  }

  /** {@code export NAME=VALUE} lines, values single-quoted for the shell when needed. */
  public static List<String> exportLines(Map<String, String> env) {
    return env.entrySet().stream()
        .map(e -> "export " + e.getKey() + "=" + quote(e.getValue()))
        .toList();
  }

  /** The value as one shell word: as it is when plain, else single-quoted. */
  public static String quote(String value) {
    if (PLAIN.matcher(value).matches()) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
