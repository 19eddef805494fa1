package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms run`: One real cycle; --dry-run fetches and plans but sends and writes nothing. */
@Command(
    name = "run",
    description = "One real cycle; --dry-run fetches and plans but sends and writes nothing.",
    mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms run: not built yet");
    return 2;
  }
}
