package com.naversms.core.fakes;

import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link MessageSender} that answers from a script (then Accepted) and records every message it
 * was asked to send.
 */
public final class ScriptedSmsSender implements MessageSender {
  private final Deque<SendResult> script = new ArrayDeque<>();
  private final List<Message> sent = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile boolean alimTalk;

  /** Carries AlimTalk too (as with {@code ALIMTALK_ENABLED}); by default SMS/LMS only. */
  public ScriptedSmsSender carryingAlimTalk() {
    alimTalk = true;
    return this;
  }

  @Override
  public boolean carries(Message.Channel channel) {
    return channel == Message.Channel.SMS || alimTalk;
  }

  public synchronized ScriptedSmsSender then(SendResult... results) {
    script.addAll(List.of(results));
    return this;
  }

  public synchronized List<Message> messages() {
    return List.copyOf(sent);
  }

  @Override
  public synchronized SendResult send(Message message) {
    sent.add(message);
    SendResult next = script.poll();
    return next != null ? next : new SendResult.Accepted("req-" + ids.incrementAndGet());
  }
}
