package com.naversms.core.delivery;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.state.RecordKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 7, the property: random worlds of bookings over many 20-minute cycles, bookings
 * rescheduled and cancelled at random between cycles, each cycle planned by the {@link Planner}
 * from the records as the last cycle left them and carried out by the {@link Executor} over the
 * in-memory store (no I/O), SENS answering at random (accepted, failed, or no answer: uncertain).
 * Held in every world:
 *
 * <ul>
 *   <li>no booking gets one message twice for one slot: a slot-bound message (the guide, a
 *       reschedule notice) at most once while the booking stays on a slot (a move back to an
 *       earlier slot is a new reschedule and re-arms it, docs/rules.md "Reschedules"), any other
 *       message at most once at all (a send that got no answer counts as delivered);
 *   <li>no customer message is planned for a cancelled booking after the cycle that first saw it
 *       cancelled, except, when that rule is enabled, the cancellation notice, at most once;
 *   <li>the operators get at most one cancellation line per booking.
 * </ul>
 *
 * A failure names its seed (QuickTheories prints it as the falsifying value too); {@code
 * World.run(seed, config)} replays it.
 */
class ReschedulePropertiesTest {
  private static final Configuration SHIPPED = ConfigLoader.load(Path.of("..", "config"));
  private static final String RESCHEDULE_NOTICE = "Reschedule Notice";
  private static final String CANCELLATION_NOTICE = "Cancellation Notice";
  private static final Instant DAY = kst("2026-12-04 00:00");
  private static final List<String> STORES = List.of("1000001", "1000002", "1000003");

  @Test
  void shippedRules_neverTwiceForOneSlot_andNothingForACancelledBooking() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> World.run(seed, SHIPPED));
  }

  @Test
  void withTheNoticeRulesEnabled_oneNoticePerReschedule_andOnlyTheCancellationNoticeAfterIt() {
    Configuration notices = enabled(SHIPPED, Set.of(RESCHEDULE_NOTICE, CANCELLATION_NOTICE));
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> World.run(seed, notices));
  }

  private static Configuration enabled(Configuration c, Set<String> names) {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : c.rules()) {
      rules.add(
          names.contains(r.name())
              ? new Rule(
                  r.name(),
                  true,
                  r.description(),
                  r.condition(),
                  r.actions(),
                  r.location(),
                  r.quietHours())
              : r);
    }
    assertThat(rules).filteredOn(r -> names.contains(r.name())).hasSize(names.size());
    return new Configuration(
        rules,
        c.stores(),
        c.smsTemplates(),
        c.telegramTemplates(),
        c.slackTemplates(),
        c.optionKeywords(),
        c.quietHours(),
        c.alimTalk(),
        c.costs());
  }

  /** One random world, run cycle by cycle. */
  static final class World {
    private final long seed;
    private final Random random;
    private final Configuration config;
    private final List<Booking> bookings = new ArrayList<>();
    private final Map<String, Integer> epochs = new HashMap<>();
    private final Map<String, List<Instant>> slotsUsed = new HashMap<>();
    private final Map<String, Integer> seenCancelled = new HashMap<>();
    private final Map<String, Integer> delivered = new HashMap<>();
    private final InMemoryStateStore store = new InMemoryStateStore();
    private final RecordingNotifier telegram = new RecordingNotifier();
    private final RandomSens sens;
    private Instant now;

    private World(long seed, Configuration config) {
      this.seed = seed;
      this.random = new Random(seed);
      this.config = config;
      this.sens = new RandomSens(random);
    }

    static void run(long seed, Configuration config) {
      World w = new World(seed, config);
      try {
        w.play();
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }

    private void play() {
      Instant start = DAY.plus(Duration.ofMinutes(20L * random.nextInt(72)));
      int size = 1 + random.nextInt(6);
      for (int i = 0; i < size; i++) {
        Instant slot = start.plus(Duration.ofMinutes(10L * (random.nextInt(6 * 30) - 6)));
        long id = 9_300_000_001L + i;
        Booking b =
            booking(
                id,
                STORES.get(random.nextInt(STORES.size())),
                String.format("0100000%04d", 100 + i),
                slot,
                random.nextInt(4) == 0,
                "RC03");
        bookings.add(b);
        slotsUsed.computeIfAbsent(b.bookingNum(), k -> new ArrayList<>()).add(slot);
      }
      int cycles = 6 + random.nextInt(40);
      for (int cycle = 0; cycle < cycles; cycle++) {
        now = start.plus(Duration.ofMinutes(20L * cycle));
        if (cycle > 0) {
          change();
        }
        cycle(cycle);
      }
    }

    /** Between two cycles: some bookings moved, some cancelled (for good). */
    private void change() {
      for (int i = 0; i < bookings.size(); i++) {
        Booking b = bookings.get(i);
        if ("RC04".equals(b.statusCode())) {
          continue;
        }
        double u = random.nextDouble();
        if (u < 0.05) {
          bookings.set(i, with(b, b.start(), "RC04"));
        } else if (u < 0.2) {
          List<Instant> used = slotsUsed.get(b.bookingNum());
          Instant slot =
              random.nextInt(5) == 0
                  ? used.get(random.nextInt(used.size()))
                  : now.plus(Duration.ofMinutes(10L * (random.nextInt(36) - 3)));
          if (!slot.equals(b.start())) {
            used.add(slot);
            epochs.merge(b.bookingNum(), 1, Integer::sum);
            bookings.set(i, with(b, slot, b.statusCode()));
          }
        }
      }
    }

    private void cycle(int cycle) {
      // a store may fail in a cycle: its bookings are not fetched, hence not planned
      List<Booking> fetched = bookings.stream().filter(b -> random.nextInt(10) != 0).toList();
      Plan plan = Planner.plan(fetched, store.read(RecordKeys.toRead(fetched)), now, config);
      Map<Message, Sent> planned = new IdentityHashMap<>();
      for (Delivery d : plan.deliveries()) {
        for (Delivery.Step step : d.steps()) {
          if (step instanceof Delivery.Send s) {
            checkNotAfterCancellation(cycle, d);
            // what SENS gets: the SMS/LMS (this sender carries no AlimTalk: an AlimTalk message of
            // the config goes as its failover, the same instance)
            planned.put(s.message().sms(), new Sent(d.bookingNum(), s.flag(), slotKey(d, s)));
          }
        }
      }
      for (Booking b : fetched) {
        if ("RC04".equals(b.statusCode())) {
          seenCancelled.putIfAbsent(b.bookingNum(), cycle);
        }
      }
      sens.clear();
      executor().execute(plan);
      for (RandomSens.Answer a : sens.answers()) {
        Sent sent = planned.get(a.message());
        assertThat(sent).as("a message the plan of cycle %d did not hold", cycle).isNotNull();
        if (a.mayHaveArrived()) {
          int n = delivered.merge(sent.toString(), 1, Integer::sum);
          assertThat(n)
              .as(
                  "cycle %d at %s: %s sent twice; its slots in turn %s",
                  cycle, now, sent, slotsUsed.get(sent.bookingNum()))
              .isEqualTo(1);
        }
      }
      Map<String, Long> lines = new HashMap<>();
      for (String t : telegram.texts()) {
        if (t.startsWith("예약취소")) {
          assertThat(lines.merge(t.split(" ")[3], 1L, Long::sum))
              .as("cancellation lines %s", telegram.texts())
              .isEqualTo(1);
        }
      }
    }

    private void checkNotAfterCancellation(int cycle, Delivery d) {
      Integer seen = seenCancelled.get(d.bookingNum());
      if (seen == null || seen >= cycle) {
        return;
      }
      assertThat(d.rule())
          .as(
              "cycle %d: %s planned for %s, cancelled as seen in cycle %d",
              cycle, d.rule(), d.bookingNum(), seen)
          .isEqualTo(CANCELLATION_NOTICE);
    }

    /** Slot-bound: the slot and how often the booking moved before; otherwise once for all. */
    private String slotKey(Delivery d, Delivery.Send s) {
      return s.slot() == null
          ? "any slot"
          : s.slot() + " (after " + epochs.getOrDefault(d.bookingNum(), 0) + " moves)";
    }

    private Executor executor() {
      Clock clock = Clock.fixed(now, ZoneOffset.UTC);
      return new Executor(
          store,
          new InMemoryMessageLedger(),
          sens,
          Channels.of(telegram, new RecordingNotifier()),
          new RecordingEventLog(),
          new RecordingMetrics(),
          clock,
          ExecutionSettings.live().withSendConcurrency(1));
    }

    private static Booking booking(
        long id, String storeId, String phone, Instant slot, boolean reviewOption, String status) {
      var b =
          aBooking().id(id).store(storeId).name("한예시").phone(phone).status(status).startingAt(slot);
      if (reviewOption) {
        b.withOption("네이버 리뷰", 1);
      }
      return b.build();
    }

    /** The same booking at {@code start} with {@code status}: moved, or cancelled. */
    private static Booking with(Booking b, Instant start, String status) {
      return booking(b.bookingId(), b.storeId(), b.phone(), start, !b.options().isEmpty(), status);
    }

    @Override
    public String toString() {
      return "world of seed " + seed;
    }
  }

  /** A message one booking got: its flag, and for a slot-bound one the slot it was for. */
  record Sent(String bookingNum, String flag, String slot) {}
}
