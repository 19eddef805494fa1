package com.naversms.core.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at every {@link KnownSecret} without keeping any value ({@code naver-sms secrets check}):
 * each key present, and each present value of its {@link SecretShape} once normalised.
 */
public final class SecretsCheck {
  private SecretsCheck() {}

  public static List<SecretStatus> run(SecretsProvider provider) {
    List<SecretStatus> statuses = new ArrayList<>();
    for (KnownSecret secret : KnownSecret.values()) {
      statuses.add(check(provider, secret));
    }
    return statuses;
  }

  public static boolean allOk(List<SecretStatus> statuses) {
    return statuses.stream().allMatch(SecretStatus::ok);
  }

  private static SecretStatus check(SecretsProvider provider, KnownSecret secret) {
    Optional<Map<String, String>> found;
    try {
      found = provider.find(secret.secretName());
    } catch (SecretsException e) {
      return new SecretStatus(
          secret, SecretStatus.State.UNREADABLE, List.of(), secret.keys(), e.getMessage());
    }
    if (found.isEmpty()) {
      return new SecretStatus(secret, SecretStatus.State.ABSENT, List.of(), secret.keys(), "");
    }
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (String key : secret.keys()) {
      String value = found.get().get(key);
      (value == null || value.isBlank() ? missing : present).add(key);
    }
    secret
        .shapes()
        .forEach((key, shape) -> {
          String value = found.get().get(key);
          if (value != null && !value.isBlank()) {
            shape.problem(shape.normalise(value)).ifPresent(p -> invalid.add(key + " " + p));
          }
        });
    invalid.sort(null);
    SecretStatus.State state =
        !missing.isEmpty()
            ? SecretStatus.State.INCOMPLETE
            : invalid.isEmpty() ? SecretStatus.State.COMPLETE : SecretStatus.State.INVALID;
    return new SecretStatus(secret, state, present, missing, invalid, "");
  }
}
