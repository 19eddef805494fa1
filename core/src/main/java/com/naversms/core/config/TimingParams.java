package com.naversms.core.config;

import com.naversms.core.rules.Condition;
import java.time.Duration;
import java.util.Optional;

/**
 * The params of {@code time_before_booking} and {@code time_after_booking_end}: an offset in {@code
 * hours} or {@code minutes} (exactly one) and a bound that must leave the window non-empty.
 */
final class TimingParams {
  static final int MAX_HOURS = 168;
  static final int MAX_MINUTES = MAX_HOURS * 60;
  static final int DEFAULT_WITHIN_HOURS = 24;

  private final Params params;
  private final String type;
  private final Problems p;

  private TimingParams(Params params, String type) {
    this.params = params;
    this.type = type;
    this.p = params.problems();
  }

  /** {@code hours}|{@code minutes}, optional {@code min_hours}|{@code min_minutes} below it. */
  static Optional<Condition> before(Params params) {
    TimingParams t = new TimingParams(params, "time_before_booking");
    int errors = t.p.count();
    Optional<Offset> upper = t.offset("hours", "minutes", true);
    Optional<Offset> lower = t.offset("min_hours", "min_minutes", false);
    if (t.p.count() > errors || upper.isEmpty()) {
      return Optional.empty();
    }
    if (lower.isPresent() && lower.get().value().compareTo(upper.get().value()) >= 0) {
      t.p.atKey(
          params.mapping(),
          lower.get().key(),
          lower.get()
              + " is not smaller than "
              + upper.get()
              + ": the window start − "
              + upper.get().key()
              + " ≤ now < start − "
              + lower.get().key()
              + " would be empty");
      return Optional.empty();
    }
    Duration notWithin = lower.map(Offset::value).orElse(Duration.ZERO);
    return Optional.of(new Condition.TimeBeforeBooking(upper.get().value(), notWithin));
  }

  /** {@code hours}|{@code minutes} after the slot's end, below {@code within_hours} (24). */
  static Optional<Condition> afterEnd(Params params) {
    TimingParams t = new TimingParams(params, "time_after_booking_end");
    int errors = t.p.count();
    Optional<Offset> after = t.offset("hours", "minutes", true);
    Optional<Integer> within = params.integer("within_hours", 1, MAX_HOURS, false);
    if (t.p.count() > errors || after.isEmpty()) {
      return Optional.empty();
    }
    boolean given = within.isPresent();
    Offset until =
        new Offset("within_hours", Duration.ofHours(within.orElse(DEFAULT_WITHIN_HOURS)));
    if (after.get().value().compareTo(until.value()) >= 0) {
      t.p.atKey(
          params.mapping(),
          given ? "within_hours" : after.get().key(),
          until
              + (given ? "" : " (the default)")
              + " is not greater than "
              + after.get()
              + ": the window end + "
              + after.get().key()
              + " ≤ now < end + within_hours would be empty");
      return Optional.empty();
    }
    return Optional.of(new Condition.TimeAfterBookingEnd(after.get().value(), until.value()));
  }

  /** One of two keys (hours, minutes); empty when absent or reported. */
  private Optional<Offset> offset(String hoursKey, String minutesKey, boolean required) {
    Optional<YamlNode> hours = params.node(hoursKey);
    Optional<YamlNode> minutes = params.node(minutesKey);
    if (hours.isPresent() && minutes.isPresent()) {
      p.atKey(
          params.mapping(),
          minutesKey,
          "give either \"" + hoursKey + "\" or \"" + minutesKey + "\" for " + type + ", not both");
      return Optional.empty();
    }
    if (hours.isPresent()) {
      return YamlValues.integer(hours.get(), 0, MAX_HOURS, p)
          .map(h -> new Offset(hoursKey, Duration.ofHours(h)));
    }
    if (minutes.isPresent()) {
      return YamlValues.integer(minutes.get(), 0, MAX_MINUTES, p)
          .map(m -> new Offset(minutesKey, Duration.ofMinutes(m)));
    }
    if (required) {
      YamlNode.Mapping m = params.mapping();
      p.add(
          m.path(),
          m.line(),
          "missing parameter \"" + hoursKey + "\" or \"" + minutesKey + "\" for " + type);
    }
    return Optional.empty();
  }

  /** A value as written, for messages: {@code min_hours 20}. */
  private record Offset(String key, Duration value) {
    @Override
    public String toString() {
      long n = key.endsWith("minutes") ? value.toMinutes() : value.toHours();
      return key + " " + n;
    }
  }
}
