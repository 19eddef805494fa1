package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms validate`: The validation campaign over golden datasets; exit 0 on GO, 1 on NO-GO. */
@Command(
    name = "validate",
    description = "The validation campaign over golden datasets; exit 0 on GO, 1 on NO-GO.",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms validate: not built yet");
    return 2;
  }
}
