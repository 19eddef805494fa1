package com.naversms.parity.cli;

import com.naversms.core.migration.MigrationWing.CliSupport;
import java.util.List;

/** The wing's commands for the product's CLI: {@code compare} and {@code validate}. */
public final class ParityCommands {
  private ParityCommands() {}

  public static List<Object> all(CliSupport cli) {
    return List.of(new CompareCommand(cli.configFolder()), new ValidateCommand(cli.quietDemo()));
  }
}
