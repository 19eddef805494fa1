package com.naversms.app.cli;

import com.naversms.adapters.secrets.SecretsSource;
import com.naversms.core.secrets.SecretStatus;
import com.naversms.core.secrets.SecretsCheck;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naver-sms secrets check [--source aws|env|file] [--file F]}: which secrets and keys are
 * present or missing, never their values. Exit 0 when every required secret is complete (and no
 * optional one is half there), 1 otherwise, 2 when the source cannot be opened.
 */
@Command(
    name = "secrets",
    description = "Secrets tools: 'secrets check' says which credentials are present.",
    mixinStandardHelpOptions = true,
    subcommands = SecretsCommand.Check.class)
final class SecretsCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @Spec CommandSpec spec;

  SecretsCommand() {
    this(System.getenv());
  }

  SecretsCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  @Command(
      name = "check",
      description = "Lists each secret and key as present or missing (never the values).",
      mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {
    @ParentCommand SecretsCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--source",
        description =
            "aws, env or file (default: SECRETS_SOURCE, else file when "
                + "USE_LOCAL_SECRETS_FILE=true, aws inside Lambda, else env)")
    String source;

    @Option(names = "--file", description = "secrets JSON file (source file)")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      SecretsSource chosen;
      SecretsProvider provider;
      try {
        chosen =
            source != null
                ? SecretsSource.parse(source)
                : file != null ? SecretsSource.FILE : SecretsSource.defaultFor(parent.env);
        provider = chosen.open(parent.env, Optional.ofNullable(file));
      } catch (IllegalArgumentException | SecretsException e) {
        err.println("naver-sms secrets check: " + e.getMessage());
        return 2;
      }
      out.println("source: " + chosen.name().toLowerCase(Locale.ROOT));
      List<SecretStatus> statuses = SecretsCheck.run(provider);
      statuses.forEach(status -> out.println(line(status)));
      boolean ok = SecretsCheck.allOk(statuses);
      out.println(ok ? "result: OK" : "result: MISSING " + problems(statuses));
      out.flush();
      return ok ? 0 : 1;
    }

    private static String line(SecretStatus s) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-42s %-8s %-10s",
                  s.secret().secretName(),
                  s.secret().required() ? "required" : "optional",
                  s.state().name().toLowerCase(Locale.ROOT)));
      if (s.state() == SecretStatus.State.UNREADABLE) {
        line.append(' ').append(s.error());
      } else if (s.state() != SecretStatus.State.ABSENT) {
        List<String> keys = new ArrayList<>();
        s.secret()
            .keys()
            .forEach(
                k -> keys.add(k + ": " + (s.missingKeys().contains(k) ? "MISSING" : "present")));
        line.append(' ').append(String.join(", ", keys));
      }
      return line.toString().stripTrailing();
    }

    private static String problems(List<SecretStatus> statuses) {
      List<String> problems = new ArrayList<>();
      for (SecretStatus s : statuses) {
        if (!s.ok()) {
          problems.add(
              s.secret().secretName()
                  + (s.state() == SecretStatus.State.INCOMPLETE
                      ? " (" + String.join(", ", s.missingKeys()) + ")"
                      : " (" + s.state().name().toLowerCase(Locale.ROOT) + ")"));
        }
      }
      return String.join("; ", problems);
    }
  }
}
