package com.naversms.app.daemon;

import java.io.PrintStream;
import java.util.List;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a stop request. The JVM's own handling of them runs the shutdown hooks and
 * exits 143 (or 130) however well the daemon stops; with these handlers the daemon finishes its
 * cycle and the command exits 0 by itself. A shutdown hook still covers every other way the JVM is
 * told to end (SIGHUP, or a JVM started with {@code -Xrs}, where the handlers cannot be set).
 */
public final class TerminationSignals {
  private TerminationSignals() {}

  /**
   * @param stop requests the stop; must return at once (it runs on the JVM's signal thread)
   * @param awaitEnd waits, bounded, for the daemon to end (in the shutdown hook)
   */
  public static void handle(Runnable stop, Runnable awaitEnd, PrintStream out) {
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal.handle(new Signal(name), signal -> stop.run());
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        out.println(
            "naver-sms daemon: SIG"
                + name
                + " handler not set ("
                + e.getMessage()
                + "); the shutdown hook stops the daemon instead");
      }
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  awaitEnd.run();
                },
                "naver-sms-shutdown"));
  }
}
