package com.naversms.core.delivery;

import com.naversms.core.plan.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A {@link MessageSender} answering at random from a seeded {@link Random}: mostly accepted, some
 * failed for sure, a few without an answer (uncertain: SENS may have taken the message).
 */
final class RandomSens implements MessageSender {
  private final Random random;
  private final List<Answer> answers = new ArrayList<>();
  private int ids;

  RandomSens(Random random) {
    this.random = random;
  }

  /** A message it was asked to send and what it answered. */
  record Answer(Message message, SendResult result) {
    /** Accepted, or no answer: the customer may have it. */
    boolean mayHaveArrived() {
      return result instanceof SendResult.Accepted || result instanceof SendResult.Uncertain;
    }
  }

  synchronized List<Answer> answers() {
    return List.copyOf(answers);
  }

  synchronized void clear() {
    answers.clear();
  }

  @Override
  public synchronized SendResult send(Message message) {
    int u = random.nextInt(100);
    SendResult result =
        u < 85
            ? new SendResult.Accepted("req-" + ++ids)
            : u < 95 ? new SendResult.Failed("503 from SENS") : new SendResult.Uncertain("timeout");
    answers.add(new Answer(message, result));
    return result;
  }
}
