package com.naversms.parity;

import com.naversms.core.migration.ComparisonMode;
import com.naversms.core.migration.MigrationWing;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.parity.cli.ParityCommands;
import com.naversms.parity.shadow.LegacyShadow;
import java.util.List;

/**
 * The migration wing as the product finds it ({@code META-INF/services}): comparison mode against
 * the legacy algorithm and the {@code compare}/{@code validate} commands. The commands are built in
 * {@link ParityCommands} so that comparison mode alone (the cycle Lambda) loads no picocli.
 */
public final class ParityWing implements MigrationWing {
  @Override
  public ComparisonMode comparisonMode(EventLog log, Metrics metrics) {
    return new LegacyShadow(log, metrics);
  }

  @Override
  public List<Object> commands(CliSupport cli) {
    return ParityCommands.all(cli);
  }
}
