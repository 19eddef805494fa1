package com.naversms.simulator.sens;

import java.time.Instant;
import java.util.List;

/**
 * One AlimTalk message SENS accepted (one per {@code messages[]} entry), with the SMS/LMS it fails
 * over to when the phone cannot get it.
 *
 * @param failover the failover SMS/LMS, null when the request asked for none
 */
public record AlimTalkMessage(
    String requestId,
    String messageId,
    String plusFriendId,
    String templateCode,
    String to,
    String content,
    List<ApprovedTemplate.Button> buttons,
    Failover failover,
    Instant receivedAt) {
  public AlimTalkMessage {
    buttons = List.copyOf(buttons);
  }

  /** {@code failoverConfig}: type SMS or LMS, from, subject (LMS), content. */
  public record Failover(String type, String from, String subject, String content) {}
}
