package com.naversms.parity.cli;

import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigException;
import com.naversms.parity.validation.Dataset;
import com.naversms.parity.validation.GoldenDatasets;
import com.naversms.parity.validation.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code naver-sms validate bootstrap}: checks every prerequisite and names what is missing. */
@Command(
    name = "bootstrap",
    description =
        "Checks the campaign's prerequisites: datasets folder, manifest, scenarios, config.",
    mixinStandardHelpOptions = true)
final class ValidateBootstrap implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ValidateCommand parent;

  @Option(
      names = "--datasets",
      description = "golden datasets folder (default validation/datasets)")
  Path datasets;

  @Option(names = "--config", description = "config folder (default: the manifest's, else config)")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = datasets != null ? datasets : parent.datasets;
    int missing = 0;
    if (!Files.isDirectory(dir)) {
      out.println("MISSING datasets folder " + dir + " (give one with --datasets)");
      return 1;
    }
    out.println("ok      datasets folder " + dir);
    Dataset dataset;
    try {
      dataset = GoldenDatasets.dataset(dir);
    } catch (ConfigException e) {
      e.errors().forEach(error -> out.println("MISSING " + error));
      return 1;
    }
    out.println(
        "ok      manifest: dataset '"
            + dataset.name()
            + "', "
            + dataset.scenarioFiles().size()
            + " scenarios");
    for (Path file : dataset.scenarioFiles()) {
      try {
        Scenario s = GoldenDatasets.scenario(file);
        if (!s.inputProblems().isEmpty() && s.expectedProblems() == null) {
          missing++;
          s.inputProblems().forEach(p -> out.println("BROKEN  " + file + ": " + p));
        } else {
          out.println("ok      scenario " + s.name() + " (" + s.bookings().size() + " bookings)");
        }
      } catch (ConfigException e) {
        missing++;
        e.errors().forEach(error -> out.println("BROKEN  " + error));
      }
    }
    Path configDir = ValidateCommand.configDir(dataset, config != null ? config : parent.config);
    try {
      ConfigLoader.load(configDir);
      out.println("ok      config " + configDir);
    } catch (ConfigException e) {
      missing++;
      e.errors().forEach(error -> out.println("BROKEN  config: " + error));
    }
    out.println(
        missing == 0
            ? "ready: run `naver-sms validate`"
            : "not ready: " + missing + " problem(s) above");
    return missing == 0 ? 0 : 1;
  }
}
