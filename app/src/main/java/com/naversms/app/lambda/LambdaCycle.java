package com.naversms.app.lambda;

import com.naversms.app.wiring.AppSettings;
import com.naversms.app.wiring.LambdaInvokedLogin;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.cycle.Cycle;
import java.time.Clock;
import java.util.Map;

/**
 * The cycle function's graph: state in DynamoDB, the browser login through the login function.
 * Nothing here reaches Chromium, SQLite, the simulator or the CLI, which is what lets the cycle
 * artifact ({@code lambda} module) leave them out; {@code LeanArtifactTest} holds it.
 */
final class LambdaCycle {
  private LambdaCycle() {}

  static Cycle fromEnvironment(Map<String, String> env) {
    AppSettings settings = AppSettings.fromEnvironment(env);
    if (settings.stateBackend() != AppSettings.StateBackend.DYNAMODB) {
      throw new IllegalArgumentException(
          "STATE_BACKEND: the cycle function keeps its state in DynamoDB (dynamodb), not "
              + settings.stateBackend().name().toLowerCase(java.util.Locale.ROOT));
    }
    String loginFunction =
        settings
            .loginFunction()
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "LOGIN_FUNCTION_NAME is not set: the cycle function has no browser and signs"
                        + " in through the login function"));
    return Wiring.assemble(
            settings,
            System.out,
            Clock.systemUTC(),
            Persistence.dynamo(settings),
            LambdaInvokedLogin.of(settings, loginFunction))
        .cycle();
  }
}
