package com.naversms.app.cli;

import com.naversms.app.demo.Demo;
import com.naversms.app.settings.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `naver-sms demo`: The whole job on embedded defaults: simulator, SQLite, a clock walking a
 * business day. {@code COMPARISON_MODE=true} runs the comparison cycle instead (nothing sent).
 */
@Command(
    name = "demo",
    description =
        "The whole job on embedded defaults: simulator, SQLite, a clock walking a business day.",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--config", description = "Config folder (default: ./config, else the repo's)")
  Path config;

  @Override
  public Integer call() {
    Environment env = Environment.process();
    boolean comparison = env.flag("COMPARISON_MODE") | env.flag("COMPARISON_MODE_ENABLED");
    return new Demo(ConfigDirs.forDemo(config), comparison, System.out).run();
  }
}
