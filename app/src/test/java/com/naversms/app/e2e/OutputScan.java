package com.naversms.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.secrets.EnvSecretsProvider;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on what a child printed: no line may hold personal data or a secret (docs/design.md 6.8,
 * issue 12 items 4, 5 and 10). Every child of {@link Product} is scanned by itself when it ends
 * ({@link Child#waitFor}) and, if it never was, when its test class ends ({@link E2EExtension}); a
 * test need not call anything. What is looked for, in stdout and stderr (the JSON logs are on
 * stderr):
 *
 * <ul>
 *   <li>a full Korean mobile number ({@link #FULL_PHONE}), bare or hyphenated;
 *   <li>the full name of every customer the test's simulators hold: the bookings a test added or
 *       renamed through {@link SimControl}, and every booking of a {@link SimulatorProcess}
 *       (generated ones included), read from its state when the scan runs or when it closes;
 *   <li>every secret the child was given (the values of the secret variables of its environment,
 *       {@link EnvSecretsProvider#VARIABLES}) and every secret a started simulator exported, plus
 *       those a test {@linkplain #watchSecrets registers} (a secrets file).
 * </ul>
 *
 * <p>Only a command that exists to show full values ({@code plan --format json}, {@code messages
 * show}) may be started with {@link Product#runShowingFullValues}: its phones and names are not
 * looked for; secrets still are. The simulator's own output (its export block holds the secrets on
 * purpose) is not product output and is not scanned.
 */
public final class OutputScan {
  /** A full mobile number, bare (01012345678) or hyphenated (010-1234-5678). */
  public static final Pattern FULL_PHONE =
      Pattern.compile("(?<![0-9])01[016789](?:[0-9]{8}|-[0-9]{3,4}-[0-9]{4})(?![0-9])");

  /** Values shorter than this are not looked for (the product does not redact them either). */
  private static final int MIN_SECRET = 4;

  /** Names shorter than this are not looked for (one syllable is in many words). */
  private static final int MIN_NAME = 2;

  private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final List<SimulatorProcess> SIMULATORS = new CopyOnWriteArrayList<>();

  private OutputScan() {}

  /** Fails, quoting the line, when {@code text} holds a full phone number. */
  public static void assertNoFullPhone(String what, String text) {
    Matcher m = FULL_PHONE.matcher(text);
    if (m.find()) {
      throw new AssertionError(
          what
              + " holds the full phone number "
              + m.group()
              + " in the line:\n"
              + lineAt(text, m.start(), m.end()));
    }
  }

  /** Both outputs of a child (running or finished). */
  public static void assertNoFullPhone(Child child) {
    assertNoFullPhone(child.name() + " stdout", child.stdout());
    assertNoFullPhone(child.name() + " stderr", child.stderr());
  }

  /** Secrets the child's environment does not show (e.g. the values of a secrets file). */
  public static void watchSecrets(Collection<String> values) {
    values.stream()
        .filter(v -> v != null && v.strip().length() >= MIN_SECRET)
        .forEach(SECRETS::add);
  }

  /** Customer names a test used outside {@link SimControl} (e.g. an in-process simulator). */
  public static void watchNames(Collection<String> names) {
    names.stream().filter(n -> n != null && n.strip().length() >= MIN_NAME).forEach(NAMES::add);
  }

  /** The secret values of an environment given to a child or exported by a simulator. */
  static Set<String> secretsOf(Map<String, String> env) {
    Set<String> values = new LinkedHashSet<>();
    EnvSecretsProvider.VARIABLES
        .values()
        .forEach(keys ->
            keys.values()
                .forEach(variable -> {
                  String value = env.get(variable);
                  if (value != null && value.strip().length() >= MIN_SECRET) {
                    values.add(value.strip());
                  }
                }));
    return values;
  }

  static void simulatorStarted(SimulatorProcess sim) {
    SIMULATORS.add(sim);
    SECRETS.addAll(secretsOf(sim.env()));
  }

  /** Keeps the names of a simulator that stops, for the children scanned after it. */
  static void simulatorClosing(SimulatorProcess sim) {
    SIMULATORS.remove(sim);
    if (sim.child().isAlive()) {
      NAMES.addAll(namesOf(sim));
    }
  }

  /** What a test class watched: forgotten when it ends. */
  static void forget() {
    NAMES.clear();
    SECRETS.clear();
  }

  /**
   * Fails when the child's output holds a secret, or (unless it shows full values on purpose) a
   * full phone or a customer's full name.
   */
  static void check(Child child) {
    String[][] outputs = {
      {child.name() + " stdout", child.stdout()},
      {child.name() + " stderr", child.stderr()}
    };
    Set<String> secrets = new LinkedHashSet<>(SECRETS);
    secrets.addAll(child.secrets());
    Set<String> names = child.showsFullValues() ? Set.of() : names();
    for (String[] output : outputs) {
      for (String secret : secrets) {
        find(output[0], output[1], secret, "a secret (" + masked(secret) + ")");
      }
      if (!child.showsFullValues()) {
        assertNoFullPhone(output[0], output[1]);
        for (String name : names) {
          find(output[0], output[1], name, "the full customer name " + name);
        }
      }
    }
  }

  private static Set<String> names() {
    Set<String> names = new LinkedHashSet<>(NAMES);
    for (SimulatorProcess sim : SIMULATORS) {
      if (sim.child().isAlive()) {
        names.addAll(namesOf(sim));
      }
    }
    return names;
  }

  private static Set<String> namesOf(SimulatorProcess sim) {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (JsonNode booking : sim.control().state().path("bookings")) {
        String name = booking.path("name").asText("").strip();
        if (name.length() >= MIN_NAME) {
          names.add(name);
        }
      }
    } catch (RuntimeException | AssertionError e) {
      // a simulator that no longer answers has no names to add
    }
    return names;
  }

  private static void find(String what, String text, String value, String description) {
    int at = text.indexOf(value);
    if (at >= 0) {
      throw new AssertionError(
          what
              + " holds "
              + description
              + " in the line:\n"
              + lineAt(text, at, at + value.length()).replace(value, "<<HERE>>"));
    }
  }

  private static String lineAt(String text, int start, int end) {
    int from = text.lastIndexOf('\n', start) + 1;
    int to = text.indexOf('\n', end);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** A secret named in a failure without printing it whole (the report is output too). */
  private static String masked(String secret) {
    return secret.length() <= 8 ? "***" : secret.substring(0, 4) + "***";
  }
}
