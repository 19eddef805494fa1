package com.naversms.app.cli;

import java.io.Console;
import java.util.Optional;

/** Asks for a password without echoing it; empty when there is no terminal to ask at. */
@FunctionalInterface
interface PasswordPrompt {
  Optional<char[]> ask(String prompt);

  /** The process's terminal ({@link Console#readPassword}); none when stdin is not a terminal. */
  static PasswordPrompt console() {
    return prompt -> {
      Console console = System.console();
      if (console == null || !isTerminal(console)) {
        return Optional.empty();
      }
      return Optional.ofNullable(console.readPassword("%s", prompt));
    };
  }

  /**
   * Java 22+ may give a Console for redirected streams and says so with {@code isTerminal()}; on
   * Java 21 a Console exists only for a terminal. Looked up by reflection: the code targets 21.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException java21) {
      return true;
    }
  }
}
