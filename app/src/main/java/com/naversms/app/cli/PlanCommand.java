package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms plan`: Pure planning on a snapshot of bookings and records. */
@Command(
    name = "plan",
    description = "Pure planning on a snapshot of bookings and records.",
    mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms plan: not built yet");
    return 2;
  }
}
