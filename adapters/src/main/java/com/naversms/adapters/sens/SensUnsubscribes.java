package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.optout.OptOutList;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOutUnavailable;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * SENS's unsubscribe list (수신거부: the numbers that refused through the 080 number): {@code GET
 * /sms/v2/services/{serviceId}/unsubscribes?pageSize=100&pageIndex=N}, signed like every SENS call,
 * each page a JSON array of {@code {clientTelNo, registerTime, registerType}}; pages are read until
 * one holds fewer than 100. An empty 404 answer is an empty list (SENS answers so for a service
 * without any number); any other failure, after the retries of {@link SensReads}, throws {@link
 * OptOutUnavailable}, so the cycle plans no advertising message rather than guess. A read: works in
 * every {@link DeliveryMode}.
 */
public final class SensUnsubscribes implements OptOutSource {
  static final int PAGE_SIZE = 100;

  /** 100,000 numbers: a bound against an answer that never ends. */
  private static final int MAX_PAGES = 1000;

  private final SensRequests requests;
  private final SensReads reads;

  public SensUnsubscribes(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.reads = SensReads.of(settings, credentials, clock, transport, sleeper);
    this.requests = reads.requests();
  }

  @Override
  public OptOutList current() {
    Set<String> numbers = new HashSet<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      SensReads.Read read =
          reads.get(requests.unsubscribesPath() + "?pageSize=" + PAGE_SIZE + "&pageIndex=" + page);
      if (read.status() == 404 && read.text().isBlank()) {
        return OptOutList.of(numbers);
      }
      if (read.failure().isPresent()) {
        throw new OptOutUnavailable(
            "SENS unsubscribe list unreadable (page " + page + "): " + read.failure().get());
      }
      JsonNode items = read.body();
      if (!items.isArray()) {
        throw new OptOutUnavailable(
            "SENS unsubscribe list unreadable (page " + page + "): not a JSON array");
      }
      for (JsonNode item : items) {
        SensJson.text(item, "clientTelNo").ifPresent(numbers::add);
      }
      if (items.size() < PAGE_SIZE) {
        return OptOutList.of(numbers);
      }
    }
    throw new OptOutUnavailable(
        "SENS unsubscribe list: more than " + MAX_PAGES * PAGE_SIZE + " numbers, not read");
  }
}
