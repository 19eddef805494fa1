package com.naversms.app.cli;

import com.naversms.app.demo.Demo;
import com.naversms.core.migration.MigrationWing;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the migration wing's commands ({@code compare}, {@code validate}; module parity) to the
 * command tree when the wing is on the classpath, as it is in the shipped jar; without it the CLI
 * has every other command. They are listed after {@code plan}, where they always were.
 */
final class WingCommands implements CommandLine.IModelTransformer {
  private static final String AFTER = "plan";

  /** What the wing's commands take from the CLI: the config folder rule and a quiet demo. */
  static final MigrationWing.CliSupport SUPPORT =
      new MigrationWing.CliSupport(
          ConfigDirs::find,
          configDir ->
              new Demo(
                      configDir,
                      false,
                      new PrintStream(
                          OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                  .run());

  @Override
  public CommandSpec transform(CommandSpec spec) {
    List<Object> commands =
        MigrationWing.installed().map(wing -> wing.commands(SUPPORT)).orElse(List.of());
    if (commands.isEmpty()) {
      return spec;
    }
    Map<String, CommandLine> after = new LinkedHashMap<>();
    boolean past = false;
    for (Map.Entry<String, CommandLine> e : new ArrayList<>(spec.subcommands().entrySet())) {
      if (past) {
        after.put(e.getKey(), e.getValue());
        spec.removeSubcommand(e.getKey());
      }
      past |= e.getKey().equals(AFTER);
    }
    commands.forEach(c -> spec.addSubcommand(null, new CommandLine(c)));
    after.forEach(spec::addSubcommand);
    return spec;
  }
}
