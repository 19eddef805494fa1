package com.naversms.app.wiring;

import com.naversms.adapters.http.Sleeper;
import com.naversms.adapters.sens.SensSettings;
import com.naversms.adapters.sens.SensUnsubscribes;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOutStore;
import com.naversms.core.optout.OptOutUnavailable;
import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.KnownSecret;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SecretsProvider;
import java.time.Clock;

/**
 * The cycle's opt-out list: our store's, merged with SENS's unsubscribe list when the SENS secret
 * exists (read afresh every cycle, like every secret). A secret that is not there means "no SENS
 * list"; a secret store that cannot be read, a malformed secret, or a SENS list that cannot be read
 * throws {@link OptOutUnavailable}, and the cycle then plans no advertising message
 * (docs/operations .md, "The opt-out list"). Our store's own failure is its {@code
 * StateStoreException}.
 */
final class OptOutLists implements OptOutSource {
  private final OptOutStore store;
  private final SecretsProvider secrets;
  private final SensSettings sens;
  private final Clock clock;
  private final HttpClients http;

  OptOutLists(
      OptOutStore store,
      SecretsProvider secrets,
      SensSettings sens,
      Clock clock,
      HttpClients http) {
    this.store = store;
    this.secrets = secrets;
    this.sens = sens;
    this.clock = clock;
    this.http = http;
  }

  @Override
  public OptOutList current() {
    OptOutList ours = store.load();
    try {
      if (secrets.find(KnownSecret.SENS.secretName()).isEmpty()) {
        return ours;
      }
      var credentials = new CredentialReader(secrets, e -> {}).sens();
      return ours.with(
          new SensUnsubscribes(
                  sens, credentials, clock, http.transport(sens.connectTimeout()), Sleeper.real())
              .current());
    } catch (SecretsException e) {
      throw new OptOutUnavailable("SENS unsubscribe list not read: " + e.getMessage(), e);
    }
  }
}
