package com.naversms.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `naver-sms config`: Config tools: 'config check' validates config and renders every template. */
@Command(
    name = "config",
    description = "Config tools: 'config check' validates config and renders every template.",
    mixinStandardHelpOptions = true)
final class ConfigCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("naver-sms config: not built yet");
    return 2;
  }
}
