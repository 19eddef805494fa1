package com.naversms.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.Plan;
import com.naversms.core.state.Flags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random worlds: bookings whose confirmation has an AlimTalk variant or not, AlimTalk on or off,
 * and every send answered at random (accepted, refused by AlimTalk, rejected, failed, uncertain).
 * Whatever happens, over cycles until nothing is due, each due message ends in exactly one final
 * state, and no customer is reached twice, on one channel or across two.
 */
class AlimTalkDeliveryPropertiesTest {
  private static final int CYCLES = 6;
  private static final Set<MessageState> FINAL =
      Set.of(MessageState.ACCEPTED, MessageState.EXHAUSTED, MessageState.UNCERTAIN);

  /** A sender that answers at random and counts what reached each customer. */
  static final class RandomWorldSender implements MessageSender {
    private final Random random;
    private final boolean alimTalk;
    final Map<String, Integer> reached = new HashMap<>();
    private int ids;

    RandomWorldSender(Random random, boolean alimTalk) {
      this.random = random;
      this.alimTalk = alimTalk;
    }

    @Override
    public boolean carries(Message.Channel channel) {
      return channel == Message.Channel.SMS || alimTalk;
    }

    @Override
    public synchronized SendResult send(Message message) {
      int roll = random.nextInt(100);
      boolean isAlimTalk = message instanceof Message.AlimTalk;
      if (isAlimTalk && roll < 20) {
        return new SendResult.Refused("TEMPLATE_NOT_FOUND", "HTTP 400");
      }
      if (roll < 55) {
        reached.merge(message.to(), 1, Integer::sum);
        return new SendResult.Accepted("R-" + ++ids);
      }
      if (roll < 70) {
        return new SendResult.Failed("HTTP 503");
      }
      if (roll < 80) {
        return new SendResult.Rejected(400, "bad request");
      }
      if (roll < 90) {
        // the request reached SENS (the customer may get it) but no answer came
        reached.merge(message.to(), 1, Integer::sum);
        return new SendResult.Uncertain("read timed out");
      }
      return new SendResult.Uncertain("connection dropped before SENS took it");
    }
  }

  @Test
  void everyDueMessage_endsInOneFinalState_andNoCustomerIsReachedTwice() {
    qt().withExamples(120)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          Harness h = new Harness();
          RandomWorldSender sender = new RandomWorldSender(random, random.nextBoolean());
          h.settings = ExecutionSettings.live().withMaxAttempts(1 + random.nextInt(3));
          int bookings = 1 + random.nextInt(6);
          PlanBuilder plan = PlanBuilder.aPlan();
          List<String> phones = new ArrayList<>();
          for (int i = 0; i < bookings; i++) {
            long id = 1000 + i;
            phones.add(PlanBuilder.digits(id));
            if (random.nextBoolean()) {
              plan.alimTalk("Confirm", "1000001", id, Flags.CONFIRM, "booking_confirm");
            } else {
              plan.sms("Confirm", "1000001", id, Flags.CONFIRM, "booking_confirm");
            }
          }
          Plan due = plan.build();
          for (int cycle = 0; cycle < CYCLES; cycle++) {
            new Executor(
                    h.store,
                    h.ledger,
                    sender,
                    Channels.of(h.telegram, h.slack),
                    h.log,
                    h.metrics,
                    h.clock(),
                    h.settings)
                .execute(due);
            h.advance(Duration.ofMinutes(20));
          }

          List<LedgerEntry> entries =
              ((com.naversms.core.fakes.InMemoryMessageLedger) h.ledger).all();
          assertThat(entries).as("one entry per due message").hasSize(bookings);
          for (LedgerEntry e : entries) {
            assertThat(e.state()).as("%s", e).isIn(FINAL);
            int reached = sender.reached.getOrDefault(e.message().phone(), 0);
            assertThat(reached).as("%s reached", e).isLessThanOrEqualTo(1);
            if (e.state() == MessageState.ACCEPTED) {
              assertThat(reached).as("%s accepted", e).isEqualTo(1);
            }
            if (e.state() == MessageState.EXHAUSTED) {
              assertThat(reached).as("%s exhausted", e).isZero();
            }
          }
          phones.forEach(p -> assertThat(sender.reached.getOrDefault(p, 0)).isLessThanOrEqualTo(1));
        });
  }
}
