package com.naversms.app.lambda;

import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.s3.S3Location;
import com.naversms.adapters.s3.S3Settings;
import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.StateSettings;
import com.naversms.app.wiring.ConfigErrorNotice;
import com.naversms.app.wiring.ConfigFolder;
import com.naversms.app.wiring.LambdaInvokedLogin;
import com.naversms.app.wiring.LoadedConfig;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.RemoteConfig;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.concurrent.Ahead;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.input.ConfigException;
import com.naversms.core.rules.Configuration;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The cycle function's graph: state in DynamoDB, the browser login through the login function.
 * Nothing here reaches Chromium, SQLite, the simulator or the CLI, which is what lets the cycle
 * artifact ({@code lambda} module) leave them out; {@code LeanArtifactTest} holds it.
 */
final class LambdaCycle {
  private LambdaCycle() {}

  static CycleRun fromEnvironment(Environment env) {
    AppSettings settings = AppSettings.fromEnvironment(env);
    if (settings.state().backend() != StateSettings.Backend.DYNAMODB) {
      throw new IllegalArgumentException(
          "STATE_BACKEND: the cycle function keeps its state in DynamoDB (dynamodb), not "
              + settings.state().backend().name().toLowerCase(java.util.Locale.ROOT));
    }
    Optional<S3Location> remote = RemoteConfig.configured(env.asMap());
    // nothing in S3: the folder NAVER_SMS_CONFIG_DIR names, else the one in the package; read and
    // checked while the DynamoDB client is built, the cold start's two largest parts of its own
    Ahead<Configuration> folderRead =
        remote.isPresent()
            ? null
            : Ahead.platform("config-read", () -> ConfigLoader.load(settings.configDir()));
    Wiring wiring =
        Wiring.assemble(
            settings,
            System.out,
            Clock.systemUTC(),
            Persistence.dynamo(settings.state().dynamo(), settings.state().ledgerRetention()),
            LambdaInvokedLogin.of(settings));
    if (remote.isPresent()) {
      return recorded(following(wiring, remote.get(), env.asMap()), wiring);
    }
    Configuration configuration = folderRead.get(); // a bad file stops the cold start
    Cycle cycle = wiring.cycle(configuration);
    LoadedConfig folder =
        new LoadedConfig(
            configuration,
            settings.configDir().toAbsolutePath().toString(),
            ConfigFolder.hash(settings.configDir()),
            "");
    wiring.log().write(FollowingConfig.loaded("", folder, "config loaded at cold start"));
    return recorded(
        requestId -> {
          wiring.log().write(FollowingConfig.loaded(requestId, folder, "cycle config"));
          return cycle.run(requestId);
        },
        wiring);
  }

  /** Each live cycle's end recorded for the owner's console (the session table's last_cycle). */
  private static CycleRun recorded(CycleRun run, Wiring wiring) {
    return requestId -> {
      CycleResult result = run.run(requestId);
      if (!wiring.settings().cycle().dryRun()) {
        wiring.recordLastCycle(requestId, result);
      }
      return result;
    };
  }

  /**
   * The config in S3; one that cannot be used at cold start stops the start (ERROR line, {@code
   * ConfigErrors}, the function's {@code Errors}): no cycle runs, nothing is sent.
   */
  private static CycleRun following(Wiring wiring, S3Location location, Map<String, String> env) {
    S3Folders s3 = new S3Folders(S3Settings.fromEnvironment(env));
    ConfigErrorNotice notice =
        new ConfigErrorNotice(wiring.operatorChannels(), wiring.log(), wiring.metrics());
    try {
      return new FollowingConfig(
          new RemoteConfig(location, s3), wiring::cycle, notice, wiring.log());
    } catch (ConfigException | S3Folders.S3Failure e) {
      notice.report("", location.toString(), e.getMessage(), Optional.empty(), false);
      wiring.metrics().flush();
      throw new IllegalStateException(
          "config " + location + " cannot be used, nothing runs: " + e.getMessage(), e);
    }
  }
}
