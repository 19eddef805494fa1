package com.naversms.core.migration;

import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * The single point where the migration wing (module {@code parity}: legacy planner, comparison,
 * validation campaign) plugs into the product. The product builds and runs without it; only
 * comparison mode and the {@code compare}/{@code validate} commands need it. It is found on the
 * classpath with {@link ServiceLoader}; retiring it after cutover means deleting the module, this
 * package and the few lines that call {@link #installed()} (docs/comparison.md, "Where it lives").
 */
public interface MigrationWing {

  /** The wing on the classpath, if there is one. */
  static Optional<MigrationWing> installed() {
    return ServiceLoader.load(MigrationWing.class).findFirst();
  }

  /** Comparison mode against the legacy algorithm, writing to the cycle's log and metrics. */
  ComparisonMode comparisonMode(EventLog log, Metrics metrics);

  /**
   * The wing's CLI commands ({@code compare}, {@code validate}): picocli {@code @Command} objects
   * the CLI adds as subcommands. Typed {@code Object} so that the core needs no picocli.
   */
  List<Object> commands(CliSupport cli);

  /**
   * What the wing's commands take from the CLI.
   *
   * @param configFolder the config folder by the CLI's precedence, given the {@code --config} flag
   *     (null when absent)
   * @param quietDemo runs the demo on a config folder with its output discarded, returns the exit
   *     code (the validation campaign's performance line)
   */
  record CliSupport(UnaryOperator<Path> configFolder, ToIntFunction<Path> quietDemo) {}
}
