package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms daemon`: Cycles at :00, :20 and :40 on the wall clock until stopped. */
@Command(
    name = "daemon",
    description = "Cycles at :00, :20 and :40 on the wall clock until stopped.",
    mixinStandardHelpOptions = true)
final class DaemonCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms daemon: not built yet");
    return 2;
  }
}
