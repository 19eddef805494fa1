package com.naversms.core.fakes;

import com.naversms.core.secrets.SecretsProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link SecretsProvider} over a map of secret name to key/values. */
public final class MapSecretsProvider implements SecretsProvider {
  private final Map<String, Map<String, String>> secrets = new HashMap<>();

  public MapSecretsProvider with(String name, Map<String, String> values) {
    secrets.put(name, Map.copyOf(values));
    return this;
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    return Optional.ofNullable(secrets.get(secretName));
  }
}
