package com.naversms.app.cli;

import com.naversms.adapters.secrets.EnvSecretsProvider;
import com.naversms.adapters.secrets.SecretsSource;
import com.naversms.app.settings.Environment;
import com.naversms.core.secrets.KnownSecret;
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
 * present or missing, and which values do not have their shape ({@link
 * com.naversms.core.secrets.SecretShape}) with what is wrong, never the values. Exit 0 when every
 * required secret is complete and well formed (and no optional one is half there or malformed), 1
 * otherwise, 2 when the source cannot be opened.
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
    this(Environment.process().asMap());
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
      description =
          "Lists each secret and key as present, missing or malformed (never the values).",
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
      Optional<String> sharedReason = sharedUnreadableReason(statuses);
      Hints hints = new Hints(chosen);
      statuses.forEach(status -> out.println(line(status, sharedReason.isEmpty(), hints)));
      sharedReason.ifPresent(reason -> out.println("unreadable: " + reason));
      boolean ok = SecretsCheck.allOk(statuses);
      out.println(ok ? "result: OK" : "result: " + problems(statuses, hints));
      out.flush();
      return ok ? 0 : 1;
    }

    private static String line(SecretStatus s, boolean withReason, Hints hints) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-42s %-8s %-10s",
                  s.secret().secretName(),
                  s.secret().required() ? "required" : "optional",
                  s.state().name().toLowerCase(Locale.ROOT)));
      if (s.state() == SecretStatus.State.UNREADABLE) {
        if (withReason) {
          line.append(' ').append(reason(s));
        }
      } else if (s.state() == SecretStatus.State.ABSENT) {
        hints
            .toSet(s.secret(), s.secret().keys())
            .ifPresent(h -> line.append(s.secret().required() ? " " : " to use it, ").append(h));
      } else {
        List<String> keys = new ArrayList<>();
        s.secret()
            .keys()
            .forEach(
                k -> keys.add(k + ": " + (s.missingKeys().contains(k) ? "MISSING" : "present")));
        line.append(' ').append(String.join(", ", keys));
        hints
            .toSet(s.secret(), s.missingKeys())
            .ifPresent(h -> line.append(" (").append(h).append(')'));
        s.invalidKeys().forEach(p -> line.append("; INVALID: ").append(p));
      }
      return line.toString().stripTrailing();
    }

    /** Why a secret could not be read, without the {@code secret NAME could not be read:} lead. */
    private static String reason(SecretStatus s) {
      String lead = "secret " + s.secret().secretName() + " could not be read: ";
      return s.error().startsWith(lead) ? s.error().substring(lead.length()) : s.error();
    }

    /**
     * The one reason when several secrets are unreadable for the same one (no AWS credentials, a
     * file that is not JSON): said once below the list instead of on every line.
     */
    private static Optional<String> sharedUnreadableReason(List<SecretStatus> statuses) {
      List<String> reasons =
          statuses.stream()
              .filter(s -> s.state() == SecretStatus.State.UNREADABLE)
              .map(Check::reason)
              .distinct()
              .toList();
      long unreadable =
          statuses.stream().filter(s -> s.state() == SecretStatus.State.UNREADABLE).count();
      return unreadable > 1 && reasons.size() == 1 ? Optional.of(reasons.get(0)) : Optional.empty();
    }

    /**
     * {@code MISSING a (k); b (absent)} then {@code INVALID c (k what is wrong)}; an optional
     * secret that is broken is skipped by {@code run}, said so here.
     */
    private static String problems(List<SecretStatus> statuses, Hints hints) {
      List<String> missing = new ArrayList<>();
      List<String> invalid = new ArrayList<>();
      for (SecretStatus s : statuses) {
        if (s.ok()) {
          continue;
        }
        switch (s.state()) {
          case INVALID ->
              invalid.add(
                  s.secret().secretName()
                      + " ("
                      + String.join("; ", s.invalidKeys())
                      + ")"
                      + (s.secret().required() ? "" : " - run skips this channel"));
          case INCOMPLETE ->
              missing.add(
                  s.secret().secretName()
                      + " ("
                      + hints
                          .toSet(s.secret(), s.missingKeys())
                          .orElse(String.join(", ", s.missingKeys()))
                      + ")");
          case ABSENT ->
              missing.add(
                  s.secret().secretName()
                      + " ("
                      + hints.toSet(s.secret(), s.secret().keys()).orElse("absent")
                      + ")");
          default ->
              missing.add(
                  s.secret().secretName() + " (" + s.state().name().toLowerCase(Locale.ROOT) + ")");
        }
      }
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("MISSING " + String.join("; ", missing));
      }
      if (!invalid.isEmpty()) {
        parts.add("INVALID " + String.join("; ", invalid));
      }
      return String.join("; ", parts);
    }

    /**
     * What to set for missing keys: with the environment as the source, the variable of each key
     * ({@link EnvSecretsProvider#VARIABLES}); other sources name the keys themselves.
     */
    private record Hints(SecretsSource source) {
      Optional<String> toSet(KnownSecret secret, List<String> keys) {
        if (source != SecretsSource.ENV || keys.isEmpty()) {
          return Optional.empty();
        }
        Map<String, String> variables = EnvSecretsProvider.VARIABLES.get(secret);
        return Optional.of(
            "set "
                + String.join(", ", keys.stream().map(k -> variables.getOrDefault(k, k)).toList()));
      }
    }
  }
}
