package com.naversms.adapters.sens;

import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;

/**
 * What every SENS call goes through: requests signed with the account's keys, the transport, the
 * settings' backoff and the sleeper between attempts ({@link SensPost} sends, {@link SensReads}
 * reads).
 */
record SensLine(SensRequests requests, HttpTransport transport, Backoff backoff, Sleeper sleeper) {

  /** Signed with {@code credentials}, bounded and retried as {@code settings} say. */
  static SensLine of(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    return new SensLine(
        new SensRequests(settings.baseUrl(), credentials, settings.requestTimeout(), clock),
        transport,
        settings.retries(),
        sleeper);
  }
}
