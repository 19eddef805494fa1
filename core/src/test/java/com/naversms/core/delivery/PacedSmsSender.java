package com.naversms.core.delivery;

import com.naversms.core.plan.Message;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link MessageSender} that takes {@code pause} per call (like a SENS round trip), answers from
 * a function of the message, journals {@code sms: text} and counts how many calls ran at once.
 */
final class PacedSmsSender implements MessageSender {
  private final Duration pause;
  private final Function<Message, SendResult> answer;
  private final Journal journal;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  PacedSmsSender(Duration pause, Function<Message, SendResult> answer, Journal journal) {
    this.pause = pause;
    this.answer = answer;
    this.journal = journal;
  }

  @Override
  public SendResult send(Message message) {
    int now = inFlight.incrementAndGet();
    mostAtOnce.accumulateAndGet(now, Math::max);
    calls.incrementAndGet();
    try {
      journal.add("sms: " + message.text());
      Thread.sleep(pause);
      return answer.apply(message);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.Uncertain("interrupted");
    } finally {
      inFlight.decrementAndGet();
    }
  }

  int mostAtOnce() {
    return mostAtOnce.get();
  }

  int calls() {
    return calls.get();
  }
}
