package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms compare`: Compares two planners on a snapshot; exit 1 when they differ. */
@Command(
    name = "compare",
    description = "Compares two planners on a snapshot; exit 1 when they differ.",
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms compare: not built yet");
    return 2;
  }
}
