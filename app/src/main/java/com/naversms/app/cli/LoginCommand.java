package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms login`: Signs in to Naver with Chromium and stores the session. */
@Command(
    name = "login",
    description = "Signs in to Naver with Chromium and stores the session.",
    mixinStandardHelpOptions = true)
final class LoginCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms login: not built yet");
    return 2;
  }
}
