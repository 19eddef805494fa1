package com.naversms.app.lambda;

import com.naversms.app.settings.AppSettings;
import com.naversms.app.settings.Environment;
import com.naversms.app.settings.StateSettings;
import com.naversms.app.wiring.LambdaInvokedLogin;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.cycle.Cycle;
import java.time.Clock;

/**
 * The cycle function's graph: state in DynamoDB, the browser login through the login function.
 * Nothing here reaches Chromium, SQLite, the simulator or the CLI, which is what lets the cycle
 * artifact ({@code lambda} module) leave them out; {@code LeanArtifactTest} holds it.
 */
final class LambdaCycle {
  private LambdaCycle() {}

  static Cycle fromEnvironment(Environment env) {
    AppSettings settings = AppSettings.fromEnvironment(env);
    if (settings.state().backend() != StateSettings.Backend.DYNAMODB) {
      throw new IllegalArgumentException(
          "STATE_BACKEND: the cycle function keeps its state in DynamoDB (dynamodb), not "
              + settings.state().backend().name().toLowerCase(java.util.Locale.ROOT));
    }
    LambdaInvokedLogin login = LambdaInvokedLogin.of(settings);
    return Wiring.assemble(
            settings,
            System.out,
            Clock.systemUTC(),
            Persistence.dynamo(settings.state().dynamo()),
            login)
        .cycle();
  }
}
