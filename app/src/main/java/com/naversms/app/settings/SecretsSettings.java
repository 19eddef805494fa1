package com.naversms.app.settings;

import com.naversms.adapters.secrets.SecretsSource;
import com.naversms.core.secrets.SecretsProvider;
import java.util.Map;
import java.util.Optional;

/**
 * Where the secrets come from ({@code SECRETS_SOURCE}, {@code USE_LOCAL_SECRETS_FILE}, inside
 * Lambda: aws). It keeps the variables because they are the secrets' own source when {@code
 * SECRETS_SOURCE=env}, and name the region, endpoint and file of the others; nothing else is read
 * from them.
 */
public record SecretsSettings(SecretsSource source, Map<String, String> variables) {
  public SecretsSettings {
    variables = Map.copyOf(variables);
  }

  public static SecretsSettings from(Environment env) {
    return new SecretsSettings(SecretsSource.defaultFor(env.asMap()), env.asMap());
  }

  /** The provider of {@link #source}. */
  public SecretsProvider open() {
    return source.open(variables, Optional.empty());
  }
}
