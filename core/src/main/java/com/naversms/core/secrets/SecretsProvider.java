package com.naversms.core.secrets;

import java.util.Map;
import java.util.Optional;

/**
 * Credentials by the legacy secret names, e.g. {@code naver-sms-automation/sens-credentials} →
 * {@code {access_key, secret_key, service_id}}. Empty when the secret does not exist; a secret that
 * exists but cannot be read throws {@link SecretsException}.
 */
public interface SecretsProvider {
  Optional<Map<String, String>> find(String secretName);
}
