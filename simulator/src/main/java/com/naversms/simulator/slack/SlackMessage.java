package com.naversms.simulator.slack;

import java.time.Instant;

/**
 * One message posted to Slack.
 *
 * @param channel the channel given to chat.postMessage; null for a webhook (the app decides)
 * @param via "webhook" or "api"
 * @param blocks the raw JSON of the blocks, or null
 */
public record SlackMessage(
    String channel, String text, String via, String blocks, Instant receivedAt) {
  public static final String VIA_WEBHOOK = "webhook";
  public static final String VIA_API = "api";
}
