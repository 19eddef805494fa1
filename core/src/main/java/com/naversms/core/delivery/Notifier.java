package com.naversms.core.delivery;

/** An operator channel: Telegram or Slack. Delivery failures are values, never exceptions. */
public interface Notifier {

  /**
   * Sends one message; long texts are split by the adapter at the channel's limit.
   *
   * @param channel Slack channel ("#ops") or empty for the configured default
   */
  Delivery send(String channel, String text);

  sealed interface Delivery {
    record Delivered() implements Delivery {}

    record NotDelivered(String reason) implements Delivery {}
  }
}
