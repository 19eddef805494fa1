package com.naversms.parity.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of golden scenarios: its manifest ({@code manifest.yaml} or {@code manifest.json}) names
 * the scenario files in the order they run.
 *
 * @param config the config folder the manifest names (relative to the dataset), or null for the
 *     caller's default
 * @param coveredElsewhere cases the campaign does not run because other tests hold them (e.g.
 *     expired cookies: the Naver adapter tests), each as "case: where"
 */
public record Dataset(
    String name, Path dir, Path config, List<Path> scenarioFiles, List<String> coveredElsewhere) {
  public Dataset {
    scenarioFiles = List.copyOf(scenarioFiles);
    coveredElsewhere = List.copyOf(coveredElsewhere);
  }
}
