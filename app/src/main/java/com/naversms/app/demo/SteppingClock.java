package com.naversms.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo moves by hand through a business day. */
public final class SteppingClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  public SteppingClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new SteppingClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
