package com.naversms.simulator.telegram;

import java.time.Instant;

/**
 * One message the bot sent.
 *
 * @param parseMode null when none was given
 */
public record TelegramMessage(String chatId, String text, String parseMode, Instant receivedAt) {}
