package com.naversms.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product as a user runs it: {@code bin/naver-sms} as a child process. The child inherits this
 * JVM's environment without the product's own variables (so a developer's shell cannot leak into a
 * test), then gets {@code env} (for example {@link SimulatorProcess#env()}) and {@code
 * NAVER_SMS_JVM_CACHE=off}.
 *
 * <pre>{@code
 * Result r = Product.run(sim.env(), workDir, Duration.ofMinutes(2), "run", "--config", Repo.config().toString());
 * r.assertExit(0).assertNoFullPhone();
 * try (Child daemon = Product.start(sim.env(), workDir, "daemon")) {
 *   daemon.awaitStderr(s -> s.contains("..."), Duration.ofSeconds(30));
 *   Result stopped = daemon.signal("TERM").waitFor(Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class Product {
  /** Variables the product reads: removed from the inherited environment. */
  private static final Set<String> PREFIXES =
      Set.of(
          "NAVER_",
          "SENS_",
          "TELEGRAM_",
          "SLACK_",
          "SECRETS_",
          "SQLITE_",
          "STATE_",
          "DYNAMODB_",
          "COMPARISON_",
          "LOCAL_SECRETS",
          "USE_LOCAL_SECRETS",
          "LOGIN_FUNCTION",
          "SMS_TABLE",
          "SESSION_TABLE",
          "OPTOUT_TABLE",
          "MAX_SEND",
          "STALE_CLAIM",
          "SEND_CONCURRENCY",
          "FETCH_",
          "RETRY_PAUSE",
          "DRY_RUN",
          "ALLOW_SENS",
          "AWS_LAMBDA",
          "CHROME",
          "LOG_LEVEL",
          "CONSOLE_");

  private Product() {}

  /** Runs {@code bin/naver-sms args...} in {@code workDir} to its end (killed after timeout). */
  public static Result run(
      Map<String, String> env, Path workDir, Duration timeout, String... args) {
    try (Child child = start(env, workDir, args)) {
      return child.waitFor(timeout);
    }
  }

  /**
   * As {@link #run}, for a command that exists to show full values ({@code plan --format json},
   * {@code messages show}): its output is not scanned for phones and names, only for secrets
   * ({@link OutputScan}). Nothing else may use it.
   */
  public static Result runShowingFullValues(
      Map<String, String> env, Path workDir, Duration timeout, String... args) {
    try (Child child = start(env, workDir, Child.Scan.SECRETS_ONLY, args)) {
      return child.waitFor(timeout);
    }
  }

  /** Starts {@code bin/naver-sms args...} in {@code workDir}; close the child when done. */
  public static Child start(Map<String, String> env, Path workDir, String... args) {
    return start(env, workDir, Child.Scan.ALL, args);
  }

  static Child start(Map<String, String> env, Path workDir, Child.Scan scan, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Repo.launcher().toString());
    command.addAll(List.of(args));
    return spawn("naver-sms " + String.join(" ", args), command, env, workDir, scan);
  }

  /**
   * Runs {@code bash -c script} as an operator's shell would, with the same environment as {@link
   * #run} plus {@code NAVER_SMS} = the path of bin/naver-sms, e.g. {@code eval "$(tail -n +2
   * sim.out)" && exec "$NAVER_SMS" run --init-state}.
   */
  public static Result shell(
      Map<String, String> env, Path workDir, Duration timeout, String script) {
    Map<String, String> withLauncher = new java.util.LinkedHashMap<>(env);
    withLauncher.put("NAVER_SMS", Repo.launcher().toString());
    try (Child child =
        spawn(
            "bash -c " + script,
            List.of("bash", "-c", script),
            withLauncher,
            workDir,
            Child.Scan.ALL)) {
      return child.waitFor(timeout);
    }
  }

  private static Child spawn(
      String name, List<String> command, Map<String, String> env, Path workDir, Child.Scan scan) {
    Repo.requireFreshJar();
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> childEnv = builder.environment();
    childEnv.keySet().removeIf(var -> PREFIXES.stream().anyMatch(var::startsWith));
    childEnv.putAll(env);
    childEnv.put("NAVER_SMS_JVM_CACHE", "off");
    try {
      return new Child(name, builder.start(), scan, OutputScan.secretsOf(env));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }
}
