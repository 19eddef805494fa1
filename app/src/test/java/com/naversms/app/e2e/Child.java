package com.naversms.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One child process of a test ({@code bin/naver-sms ...}): its output is read as it comes and kept
 * whole; {@link #close()} kills it and everything it started (Chromium included). Every child is
 * known to {@link E2EExtension}, which prints its output when a test fails and kills it at the end
 * of the class at the latest. Its output is scanned for secrets and personal data ({@link
 * OutputScan}) when it ends, or at the end of the class.
 */
public final class Child implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(50);
  private final String name;
  private final Process process;

  // appended by the pump threads while tests read them: StringBuffer's locking is the point
  @SuppressWarnings("JdkObsolete")
  private final StringBuffer stdout = new StringBuffer();

  @SuppressWarnings("JdkObsolete")
  private final StringBuffer stderr = new StringBuffer();

  private final Thread outPump;
  private final Thread errPump;
  private final Scan scan;
  private final Set<String> secrets;
  private volatile boolean scanned;

  /** How {@link OutputScan} looks at this child's output. */
  enum Scan {
    /** Secrets, full phones and full customer names: every product command. */
    ALL,
    /** Secrets only: a command that exists to show full values ({@code plan --format json}). */
    SECRETS_ONLY,
    /** Not at all: the simulator, whose export block holds the secrets on purpose. */
    NONE
  }

  Child(String name, Process process, Scan scan, Set<String> secrets) {
    this.name = name;
    this.process = process;
    this.scan = scan;
    this.secrets = Set.copyOf(secrets);
    this.outPump = pump(process.getInputStream(), stdout, name + " stdout");
    this.errPump = pump(process.getErrorStream(), stderr, name + " stderr");
    E2EExtension.register(this);
  }

  /** What the child was started as, e.g. {@code naver-sms run --config ...}. */
  public String name() {
    return name;
  }

  /** The secret values of this child's environment, looked for in its output. */
  Set<String> secrets() {
    return secrets;
  }

  /** True for a command that exists to show full phones and names. */
  boolean showsFullValues() {
    return scan == Scan.SECRETS_ONLY;
  }

  /**
   * Runs {@link OutputScan#check} once over everything the child wrote (when it has ended), unless
   * it is not product output.
   */
  void scan() {
    if (scan == Scan.NONE || scanned) {
      return;
    }
    scanned = true;
    OutputScan.check(this);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything written to stdout so far. */
  public String stdout() {
    return stdout.toString();
  }

  /** Everything written to stderr so far. */
  public String stderr() {
    return stderr.toString();
  }

  /**
   * Sends a signal by name ({@code TERM}, {@code INT}, {@code HUP}, {@code KILL}) to the child
   * itself (not to what it started).
   */
  public Child signal(String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
              .redirectErrorStream(true)
              .start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        throw new AssertionError("kill -s " + signal + " " + process.pid() + " failed: " + said);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while signalling " + name, e);
    }
    return this;
  }

  /**
   * Waits for the child to exit; fails (after killing it, with both outputs) when it is still
   * running after {@code timeout}.
   */
  public Result waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        throw new AssertionError(
            name
                + " still running after "
                + timeout
                + "; killed"
                + System.lineSeparator()
                + dump());
      }
      outPump.join(Duration.ofSeconds(10));
      errPump.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new AssertionError("interrupted while waiting for " + name, e);
    }
    Result result = new Result(process.exitValue(), stdout(), stderr());
    try {
      scan();
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + System.lineSeparator() + result.describe(), e);
    }
    return result;
  }

  /** Waits until stdout satisfies {@code condition}; fails with the output after the timeout. */
  public String awaitStdout(Predicate<String> condition, Duration timeout) {
    return await(stdout, "stdout", condition, timeout);
  }

  /** Waits until stderr satisfies {@code condition}; fails with the output after the timeout. */
  public String awaitStderr(Predicate<String> condition, Duration timeout) {
    return await(stderr, "stderr", condition, timeout);
  }

  private String await(
      StringBuffer buffer, String which, Predicate<String> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      String text = buffer.toString();
      if (condition.test(text)) {
        return text;
      }
      if (!process.isAlive() && !pumping(which)) {
        throw new AssertionError(
            name
                + " exited ("
                + process.exitValue()
                + ") before its "
                + which
                + " showed what"
                + " was awaited"
                + System.lineSeparator()
                + dump());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            name
                + ": "
                + which
                + " did not show what was awaited within "
                + timeout
                + System.lineSeparator()
                + dump());
      }
      sleep(POLL);
    }
  }

  private boolean pumping(String which) {
    return (which.equals("stdout") ? outPump : errPump).isAlive();
  }

  /** Kills the child (TERM, then KILL after 5 s) and whatever it started. */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Both outputs, headed with the child's name, for failure messages. */
  public String dump() {
    return "=== "
        + name
        + " (pid "
        + process.pid()
        + ")"
        + System.lineSeparator()
        + describe("stdout", stdout())
        + describe("stderr", stderr());
  }

  static String describe(String which, String text) {
    String nl = System.lineSeparator();
    if (text.isEmpty()) {
      return "--- " + which + ": (empty)" + nl;
    }
    return "--- " + which + ":" + nl + text + (text.endsWith("\n") ? "" : nl);
  }

  private static Thread pump(InputStream in, StringBuffer into, String threadName) {
    return Thread.ofPlatform()
        .daemon()
        .name(threadName)
        .start(() -> {
          try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] chunk = new char[8192];
            for (int n; (n = reader.read(chunk)) >= 0; ) {
              into.append(chunk, 0, n);
            }
          } catch (IOException e) {
            into.append(System.lineSeparator()).append("[read failed: ").append(e).append(']');
          }
        });
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
