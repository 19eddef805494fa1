package com.naversms.core.delivery;

import com.naversms.core.delivery.MessageSender.SendResult;
import com.naversms.core.plan.Message;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The AlimTalk refusals of one cycle, shared by every lane: each refused message went as SMS/LMS
 * through its own claim; the operators hear once per template and cycle (the first refusal's
 * reason), however many messages of that template were refused.
 */
final class ChannelRefusals {
  /** The first refusal of a template in this cycle. */
  record Refusal(
      String template, String templateCode, String plusFriendId, String code, String reason) {}

  private final Set<String> alerted = ConcurrentHashMap.newKeySet();
  private final Consumer<Refusal> onFirst;

  ChannelRefusals(Consumer<Refusal> onFirst) {
    this.onFirst = onFirst;
  }

  static ChannelRefusals ignored() {
    return new ChannelRefusals(r -> {});
  }

  void refused(String template, Message.AlimTalk message, SendResult.Refused refused) {
    if (alerted.add(template)) {
      onFirst.accept(
          new Refusal(
              template,
              message.templateCode(),
              message.plusFriendId(),
              refused.code(),
              refused.reason()));
    }
  }
}
