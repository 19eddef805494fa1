package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms secrets`: Secrets tools: 'secrets check' says which credentials are present. */
@Command(
    name = "secrets",
    description = "Secrets tools: 'secrets check' says which credentials are present.",
    mixinStandardHelpOptions = true)
final class SecretsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms secrets: not built yet");
    return 2;
  }
}
