package com.naversms.app.console;

import com.naversms.app.wiring.ConfigFolder;
import com.naversms.app.wiring.Wiring;
import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.rules.Configuration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the console's pages work on: the same graph as {@code run} (state store, message ledger, the
 * cycle's sender behind its kill switch, the read-only live preview), the config folder it edits,
 * and the clock. The config is read again whenever its files change, so the pages show what the
 * next cycle uses.
 */
public final class Console {
  private final Wiring wiring;
  private final Path configDir;
  private final Clock clock;
  private final ChangeLog changes;
  private final Verdicts verdicts;
  private final Optional<Instant> planningAt;
  private final ConfigWrites writes;
  private String hash = "";
  private Configuration config;

  public Console(
      Wiring wiring, Path configDir, Clock clock, Verdicts verdicts, ConfigWrites writes) {
    this.writes = writes;
    this.verdicts = verdicts;
    this.wiring = wiring;
    this.configDir = configDir.toAbsolutePath().normalize();
    this.clock = clock;
    this.changes = new ChangeLog(this.configDir.resolve(TemplateSave.BACKUP_DIR), clock);
    this.planningAt = wiring.settings().cycle().planningAt();
  }

  Wiring wiring() {
    return wiring;
  }

  Verdicts verdicts() {
    return verdicts;
  }

  Path configDir() {
    return configDir;
  }

  Clock clock() {
    return clock;
  }

  /**
   * The instant the next cycle plans at: the clock's next :00, :20 or :40, or, against the
   * simulator, {@code SIMULATOR_PLAN_AT} (every cycle plans at it). The pages' day, the live
   * preview, the sample booking's {@code now} and the booking list follow it; sessions, the login
   * limit, the ledger and the change log keep the clock, as the cycles do.
   */
  Instant nextCycle() {
    return planningAt.orElseGet(() -> nextSlot(clock.instant()));
  }

  /** The time the pages plan at, Korean wall clock: the clock's, or {@code SIMULATOR_PLAN_AT}. */
  LocalDateTime planningNow() {
    return LocalDateTime.ofInstant(planningAt.orElseGet(clock::instant), Booking.SEOUL);
  }

  /** The Korean day the pages show (of {@link #planningNow()}). */
  LocalDate day() {
    return planningNow().toLocalDate();
  }

  /** The next cycle's slot (:00, :20, :40) after {@code now}. */
  static Instant nextSlot(Instant now) {
    ZonedDateTime t = now.atZone(Booking.SEOUL).truncatedTo(ChronoUnit.MINUTES);
    return t.plusMinutes(20 - t.getMinute() % 20).toInstant();
  }

  ChangeLog changes() {
    return changes;
  }

  /**
   * Why a saved template must not be written to the folder (a read-only deployment, {@link
   * ConfigWrites}); empty when it may be.
   */
  Optional<String> configReadOnly() {
    return writes.readOnly(configDir, configDir.resolve(TemplateSave.TEMPLATES_FILE));
  }

  /** The config folder as it is now (loaded again when a file changed). */
  synchronized Configuration configuration() {
    String now = ConfigFolder.hash(configDir);
    if (config == null || !now.equals(hash)) {
      config = ConfigLoader.load(configDir);
      hash = now;
    }
    return config;
  }

  synchronized String configHash() {
    configuration();
    return hash;
  }
}
