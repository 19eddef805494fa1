package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * `naver-sms simulator`: Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback.
 */
@Command(
    name = "simulator",
    description = "Runs the simulated Naver, SENS, Telegram and Slack endpoints on loopback.",
    mixinStandardHelpOptions = true)
final class SimulatorCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms simulator: not built yet");
    return 2;
  }
}
