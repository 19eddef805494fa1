package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.kst;

import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.Flags;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Cycles of the planner over the shipped config (or a variant of it): each cycle plans at an
 * instant and applies what it planned as a cycle whose every send succeeds would (records written,
 * flags set, the item created by the first claim as the state stores do), and keeps every SMS sent.
 */
final class QuietHoursWorld {
  static final Path SHIPPED = Path.of("..", "config");

  private final Configuration config;
  private final Map<RecordKey, StoredRecord> records = new HashMap<>();
  private final List<String> sent = new ArrayList<>();
  private OptOuts optOuts = OptOuts.none();

  QuietHoursWorld(Configuration config) {
    this.config = config;
  }

  static QuietHoursWorld shipped() {
    return new QuietHoursWorld(ConfigLoader.load(SHIPPED));
  }

  /** The shipped config with its rules.yaml changed by {@code edit}, loaded from {@code dir}. */
  static Configuration shippedWith(Path dir, UnaryOperator<String> edit) {
    try {
      for (String f :
          List.of(
              "rules.yaml",
              "stores.yaml",
              "sms_templates.yaml",
              "telegram_templates.yaml",
              "slack_templates.yaml")) {
        if (Files.exists(SHIPPED.resolve(f))) {
          Files.copy(SHIPPED.resolve(f), dir.resolve(f));
        }
      }
      Path rules = dir.resolve("rules.yaml");
      String before = Files.readString(rules);
      String after = edit.apply(before);
      if (after.equals(before)) {
        throw new IllegalStateException("the edit changed nothing in rules.yaml");
      }
      Files.writeString(rules, after);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ConfigLoader.load(dir);
  }

  QuietHoursWorld optedOut(String... phones) {
    optOuts = OptOuts.of(OptOutList.of(List.of(phones)));
    return this;
  }

  QuietHoursWorld optOuts(OptOuts value) {
    optOuts = value;
    return this;
  }

  Configuration config() {
    return config;
  }

  /** One cycle at {@code kstNow}: the plan (with its skips), applied. */
  Plan cycle(String kstNow, Booking... bookings) {
    Plan plan = Planner.plan(List.of(bookings), Map.copyOf(records), kst(kstNow), config, optOuts);
    Plan quick =
        Planner.planWithoutSkips(
            List.of(bookings), Map.copyOf(records), kst(kstNow), config, optOuts);
    if (!quick.actions().equals(plan.actions()) || !quick.withheld().equals(plan.withheld())) {
      throw new AssertionError("the cycle's planner and plan --explain disagree at " + kstNow);
    }
    Map<String, Booking> byNum = new HashMap<>();
    for (Booking b : bookings) {
      byNum.put(b.bookingNum(), b);
    }
    for (PlannedAction a : plan.actions()) {
      switch (a) {
        case PlannedAction.CreateDbRecord c -> records.putIfAbsent(c.record().key(), c.record());
        case PlannedAction.SendSms s -> {
          sent.add(kstNow + " " + s.template() + " " + s.bookingNum());
          itemFor(byNum.get(s.bookingNum()), s.key());
        }
        case PlannedAction.UpdateFlag u -> setFlag(byNum.get(u.bookingNum()), u.key(), u.flag());
        default -> {}
      }
    }
    return plan;
  }

  /** Every SMS sent so far: "{instant} {template} {booking_num}". */
  List<String> sent() {
    return List.copyOf(sent);
  }

  private StoredRecord itemFor(Booking b, RecordKey key) {
    // a claim creates the item when it is missing (StateStore.claim)
    return records.computeIfAbsent(
        key, k -> new StoredRecord(k, b.name(), b.startLocal(), false, false, false, "", Map.of()));
  }

  private void setFlag(Booking b, RecordKey key, String flag) {
    StoredRecord r = itemFor(b, key);
    Map<String, Object> extra = new HashMap<>(r.extra());
    if (!Set.of(Flags.CONFIRM, Flags.REMIND, Flags.OPTION).contains(flag)) {
      extra.put(flag, true);
    }
    records.put(
        key,
        new StoredRecord(
            key,
            r.name(),
            r.bookingTime(),
            r.confirmSms() || flag.equals(Flags.CONFIRM),
            r.remindSms() || flag.equals(Flags.REMIND),
            r.optionSms() || flag.equals(Flags.OPTION),
            r.optionTime(),
            extra));
  }
}
