package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * `naver-sms demo`: The whole job on embedded defaults: simulator, SQLite, a clock walking a
 * business day.
 */
@Command(
    name = "demo",
    description =
        "The whole job on embedded defaults: simulator, SQLite, a clock walking a business day.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms demo: not built yet");
    return 2;
  }
}
