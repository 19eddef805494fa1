package com.naversms.adapters.secrets;

import com.naversms.adapters.env.BooleanSetting;
import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.core.secrets.SecretsProvider;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * Where the secrets come from. Chosen by {@code --source}, else by the environment: {@code
 * SECRETS_SOURCE} ({@code aws|env|file}), else {@code USE_LOCAL_SECRETS_FILE=true} (legacy) → file,
 * else inside Lambda → aws, else env.
 */
public enum SecretsSource {
  AWS,
  ENV,
  FILE;

  public static final String DEFAULT_FILE = ".local/secrets.json";

  public static SecretsSource parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown secrets source '" + name + "' (expected aws, env or file)", e);
    }
  }

  public static SecretsSource defaultFor(Map<String, String> env) {
    String explicit = env.getOrDefault("SECRETS_SOURCE", "");
    if (!explicit.isBlank()) {
      return parse(explicit);
    }
    if (BooleanSetting.read(env, "USE_LOCAL_SECRETS_FILE", false)) {
      return FILE;
    }
    return env.containsKey("AWS_LAMBDA_FUNCTION_NAME") ? AWS : ENV;
  }

  /**
   * Opens the provider. AWS: region {@code SECRETS_MANAGER_REGION} (default ap-northeast-2),
   * endpoint {@code SECRETS_MANAGER_ENDPOINT} when set. File: {@code file}, else {@code
   * LOCAL_SECRETS_FILE_PATH}, else {@code .local/secrets.json}. Every value it reads is registered
   * for redaction ({@link RegisteringSecretsProvider}).
   */
  public SecretsProvider open(Map<String, String> env, Optional<Path> file) {
    return new RegisteringSecretsProvider(source(env, file), LoadedSecrets.process());
  }

  private SecretsProvider source(Map<String, String> env, Optional<Path> file) {
    return switch (this) {
      case AWS ->
          AwsSecretsManagerProvider.create(
              Optional.ofNullable(env.get("SECRETS_MANAGER_REGION"))
                  .filter(r -> !r.isBlank())
                  .map(Region::of)
                  .orElse(AwsSecretsManagerProvider.DEFAULT_REGION),
              Optional.ofNullable(env.get("SECRETS_MANAGER_ENDPOINT"))
                  .filter(e -> !e.isBlank())
                  .map(URI::create));
      case ENV -> new EnvSecretsProvider(env);
      case FILE ->
          new FileSecretsProvider(
              file.orElseGet(
                  () -> Path.of(env.getOrDefault("LOCAL_SECRETS_FILE_PATH", DEFAULT_FILE))));
    };
  }
}
