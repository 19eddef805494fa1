package com.naversms.core.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typed credentials over a {@link SecretsProvider}. Every value is normalised and checked against
 * its {@link SecretShape}. A missing secret or key, or a malformed value, throws {@link
 * SecretsException} naming the secret, the key and what is wrong (never the value); every failure
 * is also handed to {@code onFailure} first, so the caller can count it ({@code SecretsErrors}) and
 * log it ({@code action_type=secrets}).
 */
public final class CredentialReader {
  private final SecretsProvider provider;
  private final Consumer<SecretsException> onFailure;

  public CredentialReader(SecretsProvider provider, Consumer<SecretsException> onFailure) {
    this.provider = provider;
    this.onFailure = onFailure;
  }

  public NaverCredentials naver() {
    Map<String, String> values = required(KnownSecret.NAVER);
    return new NaverCredentials(
        key(KnownSecret.NAVER, values, "username"), key(KnownSecret.NAVER, values, "password"));
  }

  public SensCredentials sens() {
    Map<String, String> values = required(KnownSecret.SENS);
    return new SensCredentials(
        key(KnownSecret.SENS, values, "access_key"),
        key(KnownSecret.SENS, values, "secret_key"),
        key(KnownSecret.SENS, values, "service_id"),
        Optional.ofNullable(values.get("alimtalk_service_id"))
            .filter(v -> !v.isBlank())
            .map(v -> shaped(KnownSecret.SENS, "alimtalk_service_id", v))
            .orElse(""));
  }

  /** Empty when the secret does not exist (Telegram off); incomplete secrets still throw. */
  public Optional<TelegramCredentials> telegram() {
    return optional(KnownSecret.TELEGRAM)
        .map(values ->
            new TelegramCredentials(
                key(KnownSecret.TELEGRAM, values, "bot_token"),
                key(KnownSecret.TELEGRAM, values, "chat_id")));
  }

  /** Empty when the secret does not exist (Slack off); incomplete secrets still throw. */
  public Optional<SlackCredentials> slack() {
    return optional(KnownSecret.SLACK)
        .map(values ->
            new SlackCredentials(
                key(KnownSecret.SLACK, values, "webhook_url"),
                Optional.ofNullable(values.get("bot_token"))
                    .filter(v -> !v.isBlank())
                    .map(v -> shaped(KnownSecret.SLACK, "bot_token", v))));
  }

  private Map<String, String> required(KnownSecret secret) {
    return optional(secret)
        .orElseThrow(
            () -> failed(new SecretsException("secret " + secret.secretName() + " not found")));
  }

  private Optional<Map<String, String>> optional(KnownSecret secret) {
    try {
      return provider.find(secret.secretName());
    } catch (SecretsException e) {
      throw failed(e);
    }
  }

  private String key(KnownSecret secret, Map<String, String> values, String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw failed(
          new SecretsException("secret " + secret.secretName() + " has no key '" + key + "'"));
    }
    return shaped(secret, key, value);
  }

  /** The value normalised to its {@link SecretShape}; a malformed value throws, naming the key. */
  private String shaped(KnownSecret secret, String key, String value) {
    SecretShape shape = secret.shapes().get(key);
    String normalised = shape.normalise(value);
    shape
        .problem(normalised)
        .ifPresent(problem -> {
          throw failed(
              new SecretsException("secret " + secret.secretName() + ": " + key + " " + problem));
        });
    return normalised;
  }

  private SecretsException failed(SecretsException e) {
    onFailure.accept(e);
    return e;
  }
}
