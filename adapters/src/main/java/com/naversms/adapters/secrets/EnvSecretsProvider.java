package com.naversms.adapters.secrets;

import com.naversms.core.secrets.KnownSecret;
import com.naversms.core.secrets.SecretsProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets from environment variables (self-hosted runs). A secret exists when at least one of its
 * variables is set and not blank; the keys it lacks are then reported by the reader.
 */
public final class EnvSecretsProvider implements SecretsProvider {

  /** Secret → (key → environment variable). */
  public static final Map<KnownSecret, Map<String, String>> VARIABLES =
      Map.of(
          KnownSecret.NAVER,
          Map.of("username", "NAVER_USERNAME", "password", "NAVER_PASSWORD"),
          KnownSecret.SENS,
          Map.of(
              "access_key", "SENS_ACCESS_KEY",
              "secret_key", "SENS_SECRET_KEY",
              "service_id", "SENS_SERVICE_ID",
              "alimtalk_service_id", "SENS_ALIMTALK_SERVICE_ID"),
          KnownSecret.TELEGRAM,
          Map.of("bot_token", "TELEGRAM_BOT_TOKEN", "chat_id", "TELEGRAM_CHAT_ID"),
          KnownSecret.SLACK,
          Map.of("webhook_url", "SLACK_WEBHOOK_URL", "bot_token", "SLACK_BOT_TOKEN"));

  private final Map<String, String> env;

  public EnvSecretsProvider(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    for (KnownSecret secret : KnownSecret.values()) {
      if (secret.secretName().equals(secretName)) {
        return read(VARIABLES.get(secret));
      }
    }
    return Optional.empty();
  }

  private Optional<Map<String, String>> read(Map<String, String> variables) {
    Map<String, String> values = new LinkedHashMap<>();
    variables.forEach((key, variable) -> {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        values.put(key, value.trim());
      }
    });
    return values.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(values));
  }
}
