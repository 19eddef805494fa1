package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms session`: Session tools: 'session import --cookies FILE'. */
@Command(
    name = "session",
    description = "Session tools: 'session import --cookies FILE'.",
    mixinStandardHelpOptions = true)
final class SessionCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms session: not built yet");
    return 2;
  }
}
