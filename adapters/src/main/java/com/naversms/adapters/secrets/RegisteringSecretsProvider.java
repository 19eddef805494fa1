package com.naversms.adapters.secrets;

import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.core.secrets.SecretsProvider;
import java.util.Map;
import java.util.Optional;

/**
 * Every value read through it is registered with {@link LoadedSecrets} before it is handed out, so
 * no log line, error message or printed line of the process can carry it afterwards. {@link
 * SecretsSource#open} wraps every provider in one.
 */
public final class RegisteringSecretsProvider implements SecretsProvider {
  private final SecretsProvider provider;
  private final LoadedSecrets registry;

  public RegisteringSecretsProvider(SecretsProvider provider, LoadedSecrets registry) {
    this.provider = provider;
    this.registry = registry;
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    Optional<Map<String, String>> found = provider.find(secretName);
    found.ifPresent(values -> registry.add(values.values()));
    return found;
  }
}
