package com.naversms.adapters.redaction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The secret values this process has loaded, for the redaction of every line it writes: the JSON
 * logs ({@link JsonEventLog}), error messages and whatever reaches stdout or stderr ({@link
 * RedactedStdio}). Secrets are added where they are read ({@code RegisteringSecretsProvider}), so
 * nothing downstream has to remember to redact. One per process: stdout is one per process too.
 *
 * <p>Besides each value as loaded, its trimmed form and the pieces a broken value falls into (split
 * at spaces, line breaks and {@code |}, 8 characters and longer) are registered, as is the path of
 * a URL (a webhook's secret part), so that a message quoting part of a malformed value is caught as
 * well.
 */
public final class LoadedSecrets {
  private static final LoadedSecrets PROCESS = new LoadedSecrets();
  private static final int MIN_PIECE = 8;

  private volatile Redaction redaction = Redaction.none();

  /** A registry of its own, apart from the process's (tests). */
  public LoadedSecrets() {}

  /** The process's registry. */
  public static LoadedSecrets process() {
    return PROCESS;
  }

  /** Registers secret values (and their derived forms); blank and very short ones are ignored. */
  public synchronized void add(Collection<String> values) {
    List<String> all = new ArrayList<>();
    for (String value : values) {
      if (value != null) {
        all.addAll(forms(value));
      }
    }
    redaction = redaction.withSecrets(all);
  }

  /** A snapshot: every secret registered so far, and phone masking. */
  public Redaction redaction() {
    return redaction;
  }

  /**
   * {@code text} with every registered secret replaced by {@code ***} (phones left as they are).
   */
  public String redact(String text) {
    return text == null ? null : redaction.secretsOnly(text);
  }

  static List<String> forms(String value) {
    List<String> forms = new ArrayList<>();
    forms.add(value);
    forms.add(value.strip());
    for (String piece : value.split("[\\s|]+")) {
      if (piece.length() >= MIN_PIECE) {
        forms.add(piece);
      }
    }
    for (String candidate : List.copyOf(forms)) {
      path(candidate).ifPresent(forms::add);
    }
    return forms;
  }

  private static java.util.Optional<String> path(String value) {
    if (!value.contains("://")) {
      return java.util.Optional.empty();
    }
    try {
      String path = new URI(value).getRawPath();
      return path != null && path.length() >= MIN_PIECE
          ? java.util.Optional.of(path)
          : java.util.Optional.empty();
    } catch (URISyntaxException e) {
      // a malformed URL: its pieces were registered above
      return java.util.Optional.empty();
    }
  }
}
