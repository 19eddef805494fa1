package com.naversms.app.cli;

import com.naversms.app.settings.Environment;
import com.naversms.core.cycle.LivePreview;
import com.naversms.core.cycle.LivePreview.Outcome;
import com.naversms.core.rules.Configuration;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * What {@code explain} and {@code snapshot export} share: a dry run's start (the stored session,
 * the state read only; {@code --login} lets it sign in and store the session), then the read-only
 * first half of a cycle ({@link LivePreview}). Start-up and JSON log lines go to stderr.
 *
 * @param exitCode 0 when {@code previewed} is present; 2 when no stored session works and signing
 *     in is not allowed; 1 when the credentials or the sign-in failed
 */
record LiveLook(Configuration configuration, Outcome.Previewed previewed, int exitCode) {

  static LiveLook fetch(
      Path config, boolean login, Instant at, Predicate<String> stores, PrintWriter err) {
    try (CycleStart start =
        CycleStart.open(
            config,
            false,
            Environment.process(),
            c -> c.withDryRun(true),
            login,
            System.err,
            System.err)) {
      Outcome outcome = start.preview().preview(start.startRequestId(), at, stores);
      Configuration configuration = start.configuration();
      return switch (outcome) {
        case Outcome.Previewed p -> {
          p.failures().forEach(f -> err.println("naver-sms: not fetched: " + f.reason()));
          yield new LiveLook(configuration, p, 0);
        }
        case Outcome.Stopped s -> {
          err.println("naver-sms: " + s.reason());
          yield new LiveLook(configuration, null, s.noSession() ? 2 : 1);
        }
      };
    }
  }
}
