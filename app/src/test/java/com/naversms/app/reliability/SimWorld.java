package com.naversms.app.reliability;

import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.demo.SteppingClock;
import com.naversms.app.wiring.Persistence;
import com.naversms.app.wiring.SelfHosted;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.StateStore;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shipped configuration's stores on the simulator, generated bookings for one day, one SQLite
 * file that every cycle (every "process") opens for itself, and a clock the test moves.
 */
final class SimWorld implements AutoCloseable {
  static final Path CONFIG = Path.of("../config");
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  final SteppingClock clock =
      new SteppingClock(
          ZonedDateTime.of(DAY, LocalTime.of(9, 0), Booking.SEOUL).toInstant(), Booking.SEOUL);
  final Simulator sim =
      Simulator.start(SimulatorOptions.defaults().clock(clock).timeoutHold(Duration.ofMillis(300)));
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();
  final Configuration config = ConfigLoader.load(CONFIG);
  final Path db;
  private final List<Persistence> opened = new ArrayList<>();

  SimWorld(Path dir, long seed, int perStore) {
    this.db = dir.resolve("state.db");
    List<String> stores = config.stores().all().stream().map(Store::id).toList();
    sim.naver().scenario(Scenario.generated(seed, stores, perStore, DAY));
  }

  /** A cycle of its own "process": its own connection to the state file, maybe decorated. */
  Cycle cycle(CycleSettings settings, UnaryOperator<StateStore> decorate) {
    Persistence own = SelfHosted.sqlite(db);
    opened.add(own);
    Persistence p =
        new Persistence(
            decorate.apply(own.state()), own.session(), own.ledger(), own.optOuts(), own);
    return SimulatedWorld.wiring(sim, CONFIG, p, settings, clock, log, metrics).cycle();
  }

  Cycle cycle() {
    return cycle(CycleSettings.defaults(), s -> s);
  }

  StateStore state() {
    Persistence p = SelfHosted.sqlite(db);
    opened.add(p);
    return p.state();
  }

  @Override
  public void close() throws Exception {
    for (Persistence p : opened) {
      p.close();
    }
    sim.close();
  }
}
