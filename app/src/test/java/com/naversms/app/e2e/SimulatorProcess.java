package com.naversms.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bin/naver-sms simulator --port 0 ...} as a child: started, its listening line and export
 * block read, driven through {@link #control()}.
 *
 * <pre>{@code
 * try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
 *   long id = sim.control().addBooking("1000001", "김하나", "01000000101", start);
 *   Product.run(sim.env(), workDir, Duration.ofMinutes(2), "run", "--config", ...).assertExit(0);
 *   sim.control().sensAccepted();
 * }
 * }</pre>
 */
public final class SimulatorProcess implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile(
          "naver-sms simulator listening on (http://127\\.0\\.0\\.1:[0-9]+) \\(loopback only\\)");
  private static final Pattern EXPORT = Pattern.compile("export ([A-Z_][A-Z0-9_]*)=(.*)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Child child;
  private final String baseUrl;
  private final Map<String, String> env;
  private final SimControl control;

  private SimulatorProcess(Child child, String baseUrl, Map<String, String> env) {
    this.child = child;
    this.baseUrl = baseUrl;
    this.env = Map.copyOf(env);
    this.control = new SimControl(baseUrl);
  }

  /**
   * Starts the simulator (extra arguments as for {@code naver-sms simulator}, e.g. {@code
   * "--bookings-per-store", "0"} or {@code "--config", dir}) and waits for its export block.
   */
  public static SimulatorProcess start(String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("simulator", "--port", "0"));
    args.addAll(List.of(extraArgs));
    // its export block holds the secrets on purpose: not product output, not scanned
    Child child =
        Product.start(Map.of(), Repo.root(), Child.Scan.NONE, args.toArray(String[]::new));
    try {
      // the block ends with the first line after the exports that is not one (a comment)
      String out =
          child.awaitStdout(s -> s.lines().anyMatch(l -> l.startsWith("#")), START_TIMEOUT);
      List<String> lines = out.lines().toList();
      Matcher listening = LISTENING.matcher(lines.get(0));
      if (!listening.matches()) {
        throw new AssertionError(
            "first line is not the listening line: " + lines.get(0) + "\n" + child.dump());
      }
      Map<String, String> env = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        Matcher export = EXPORT.matcher(line);
        if (!export.matches()) {
          break;
        }
        env.put(export.group(1), unquote(export.group(2)));
      }
      // Not an export: the wall clock must not decide what a test's Telegram and Slack receive (the
      // daily digest is due from 21:00 KST); OperatorChatE2ETest sets the hour it tests.
      env.put("DAILY_DIGEST_HOUR", "off");
      SimulatorProcess sim = new SimulatorProcess(child, listening.group(1), env);
      OutputScan.simulatorStarted(sim);
      return sim;
    } catch (RuntimeException | AssertionError e) {
      child.close();
      throw e;
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The exported variables, in print order. */
  public Map<String, String> env() {
    return env;
  }

  /** {@link #env()} with some variables replaced or added. */
  public Map<String, String> env(Map<String, String> overrides) {
    Map<String, String> copy = new LinkedHashMap<>(env);
    copy.putAll(overrides);
    return copy;
  }

  public SimControl control() {
    return control;
  }

  /** The simulator child (its output, its pid). */
  public Child child() {
    return child;
  }

  /** Stops the simulator and deletes the temporary folder of its SQLITE_PATH. */
  @Override
  public void close() {
    OutputScan.simulatorClosing(this);
    child.close();
    String sqlite = env.get("SQLITE_PATH");
    if (sqlite != null) {
      Path dir = Path.of(sqlite).getParent();
      if (dir != null && dir.getFileName().toString().startsWith("naver-sms-sim-")) {
        deleteTree(dir);
      }
    }
  }

  /** One shell word as the simulator quotes it: as it is, or in single quotes. */
  static String unquote(String word) {
    if (!word.startsWith("'")) {
      return word;
    }
    return word.substring(1, word.length() - 1).replace("'\\''", "'");
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
