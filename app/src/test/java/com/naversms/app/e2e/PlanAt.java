package com.naversms.app.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A cycle planning at a chosen Korean time: the simulator's variables with {@code
 * NAVER_SMS_CONFIG_DIR} and {@code SIMULATOR_PLAN_AT} (docs/configuration.md "Planning at a chosen
 * time").
 */
final class PlanAt {
  static final ZoneOffset KST = ZoneOffset.ofHours(9);

  private PlanAt() {}

  /** {@code day} at {@code hhmm}, Korean time. */
  static OffsetDateTime kst(LocalDate day, String hhmm) {
    return OffsetDateTime.of(day, LocalTime.parse(hhmm), KST);
  }

  /** Tomorrow in Korea: every time of it is in the future of the wall clock. */
  static LocalDate tomorrow() {
    return LocalDate.now(KST).plusDays(1);
  }

  /** The environment of a run against {@code sim} with {@code config}, planning at {@code at}. */
  static Map<String, String> env(SimulatorProcess sim, Path config, OffsetDateTime at) {
    return sim.env(
        Map.of("NAVER_SMS_CONFIG_DIR", config.toString(), "SIMULATOR_PLAN_AT", at.toString()));
  }

  /**
   * {@code bin/naver-sms ARGS} against {@code sim} with {@code config}, planning at {@code at};
   * exit 0 and no full phone in its output asserted.
   */
  static Result run(
      SimulatorProcess sim, Path config, Path work, OffsetDateTime at, String... args) {
    return Product.run(env(sim, config, at), work, Duration.ofMinutes(3), args)
        .assertExit(0)
        .assertNoFullPhone();
  }
}
