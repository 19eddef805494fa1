package com.naversms.app.settings;

import com.naversms.adapters.slack.SlackSettings;
import com.naversms.adapters.telegram.TelegramSettings;
import java.net.URI;

/**
 * The operator channels' settings: Telegram (at {@code TELEGRAM_BASE_URL} when set, the simulator)
 * and Slack. Their credentials are secrets, read every cycle, not settings.
 */
public record ChannelSettings(TelegramSettings telegram, SlackSettings slack) {

  public static ChannelSettings from(Environment env) {
    return new ChannelSettings(
        env.optional("TELEGRAM_BASE_URL")
            .map(URI::create)
            .map(TelegramSettings.production()::withBaseUrl)
            .orElse(TelegramSettings.production()),
        SlackSettings.production());
  }

  ChannelSettings pointedAt(URI base) {
    return new ChannelSettings(telegram.withBaseUrl(base), slack);
  }
}
