package com.naversms.app.wiring;

import com.naversms.adapters.http.Sleeper;
import com.naversms.adapters.naver.NaverCredentials;
import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.adapters.sens.DeliveryMode;
import com.naversms.adapters.sens.SensCarrierLookup;
import com.naversms.adapters.sens.SensChannels;
import com.naversms.adapters.sens.SensSettings;
import com.naversms.adapters.slack.SlackSettings;
import com.naversms.adapters.slack.SlackWebhookNotifier;
import com.naversms.adapters.telegram.TelegramNotifier;
import com.naversms.adapters.telegram.TelegramSettings;
import com.naversms.app.settings.AppSettings;
import com.naversms.core.cycle.CycleParts;
import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.Notifier;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.Metrics;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import com.naversms.core.secrets.SensCredentials;
import com.naversms.core.session.BrowserLogin;
import com.naversms.core.session.SessionStore;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a cycle's parts from the secrets, read afresh every cycle so a rotated secret is picked up
 * without a restart. The Naver account is read only when the browser must sign in.
 */
final class SecretParts implements CycleParts.Factory {
  private final AppSettings settings;
  private final SecretsProvider secrets;
  private final SessionStore sessions;
  private final BrowserLogin browser;
  private final DeliveryMode delivery;
  private final Metrics metrics;
  private final Clock clock;
  private final HttpClients http;

  SecretParts(
      AppSettings settings,
      SecretsProvider secrets,
      SessionStore sessions,
      BrowserLogin browser,
      DeliveryMode delivery,
      Metrics metrics,
      Clock clock,
      HttpClients http) {
    this.settings = settings;
    this.secrets = secrets;
    this.sessions = sessions;
    this.browser = browser;
    this.delivery = delivery;
    this.metrics = metrics;
    this.clock = clock;
    this.http = http;
  }

  @Override
  public CycleParts build(EventLog log) {
    CredentialReader reader = new CredentialReader(secrets, e -> {});
    SensSettings sens = settings.sens();
    SensCredentials sensCredentials = reader.sens();
    var sender =
        new SensChannels(
            sens,
            sensCredentials,
            delivery,
            clock,
            http.transport(sens.connectTimeout()),
            Sleeper.real());
    PartnerAccess naver =
        new PartnerAccess(
            settings.naver().endpoints(),
            settings.naver().partnerApi(),
            sessions,
            browser,
            () -> {
              var account = reader.naver();
              return new NaverCredentials(account.username(), account.password());
            },
            log,
            metrics,
            clock,
            http,
            settings.signInPolicy());
    OperatorChannels operators = channels(reader);
    // reads only: asks SENS whatever the delivery mode (the carrier check, docs/operations.md 2.8)
    var carriers =
        new SensCarrierLookup(
            sens, sensCredentials, clock, http.transport(sens.connectTimeout()), Sleeper.real());
    return new CycleParts(naver, sender, operators.channels(), operators.skipped(), carriers);
  }

  /**
   * The operator channels alone, for the error alert when the other parts cannot be built; a broken
   * one is left out.
   */
  Channels alertChannels() {
    try {
      return channels(new CredentialReader(secrets, e -> {})).channels();
    } catch (RuntimeException e) {
      return Channels.none();
    }
  }

  /** Telegram and Slack, and why one was left out. */
  record OperatorChannels(Channels channels, List<String> skipped) {}

  /**
   * Each optional channel on its own: a secret that is half there or malformed leaves that channel
   * out (named in {@code skipped}, the message never quoting a value) and never stops the cycle,
   * whose customer messages do not depend on it.
   */
  private OperatorChannels channels(CredentialReader reader) {
    List<String> skipped = new ArrayList<>();
    TelegramSettings telegram = settings.channels().telegram();
    Notifier tg =
        optional("Telegram", skipped, reader::telegram)
            .map(c ->
                (Notifier)
                    new TelegramNotifier(
                        telegram, c, http.transport(telegram.connectTimeout()), Sleeper.real()))
            .orElse(null);
    SlackSettings slackSettings = settings.channels().slack();
    Notifier slack =
        optional("Slack", skipped, reader::slack)
            .map(c ->
                (Notifier)
                    new SlackWebhookNotifier(
                        URI.create(c.webhookUrl()),
                        slackSettings,
                        http.transport(slackSettings.connectTimeout()),
                        Sleeper.real()))
            .orElse(null);
    return new OperatorChannels(Channels.of(redacted(tg), redacted(slack)), skipped);
  }

  private static Notifier redacted(Notifier notifier) {
    return notifier == null ? null : new RedactedNotifier(notifier, LoadedSecrets.process());
  }

  private static <T> Optional<T> optional(
      String channel, List<String> skipped, Supplier<Optional<T>> read) {
    try {
      return read.get();
    } catch (SecretsException e) {
      skipped.add(channel + " skipped: " + e.getMessage());
      return Optional.empty();
    }
  }
}
