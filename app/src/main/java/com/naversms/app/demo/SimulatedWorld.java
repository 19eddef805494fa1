package com.naversms.app.demo;

import com.naversms.app.settings.AppSettings;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.core.session.SessionCookies;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.SimCookie;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything pointed at the simulator: its made-up credentials, a session seeded from it (no
 * browser), SENS delivery on (it is the simulator's SENS), quick retries and no pacing. The demo
 * and the end-to-end tests build their cycles here.
 */
public final class SimulatedWorld {
  private SimulatedWorld() {}

  public static Wiring wiring(
      Simulator sim,
      Path configDir,
      Persistence persistence,
      CycleSettings cycle,
      Clock clock,
      EventLog log,
      Metrics metrics) {
    return wiring(sim, configDir, persistence, cycle, clock, log, metrics, Map.of());
  }

  /** As above, with more settings from {@code environment} ({@code SENS_BATCH_SIZE}, ...). */
  public static Wiring wiring(
      Simulator sim,
      Path configDir,
      Persistence persistence,
      CycleSettings cycle,
      Clock clock,
      EventLog log,
      Metrics metrics,
      Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.put("SENS_DELIVERY_ENABLED", "true");
    env.put("STATE_BACKEND", "sqlite");
    AppSettings settings =
        AppSettings.fromEnvironment(env)
            .withConfigDir(configDir)
            .withCycle(cycle)
            .pointedAt(sim.baseUrl());
    seedSession(sim, persistence);
    return new Wiring(
        settings, clock, log, metrics, persistence, new SimulatorSecrets(sim), new NoBrowser());
  }

  /** What a browser login against the simulator would have saved. */
  public static void seedSession(Simulator sim, Persistence persistence) {
    persistence.session().save(issueSession(sim));
  }

  /** A fresh live session of the simulated Naver, as a browser login would return it. */
  public static SessionCookies issueSession(Simulator sim) {
    List<SessionCookies.Cookie> cookies =
        sim.naver().issueSession().stream().map(SimulatedWorld::cookie).toList();
    return new SessionCookies(cookies);
  }

  private static SessionCookies.Cookie cookie(SimCookie c) {
    return new SessionCookies.Cookie(
        c.name(),
        c.value(),
        c.domain(),
        c.path(),
        c.expiry(),
        c.httpOnly(),
        c.secure(),
        c.sameSite());
  }
}
