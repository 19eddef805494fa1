package com.naversms.app.wiring;

import com.naversms.adapters.http.HttpTransport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The process's HTTP clients, one per connect timeout (built as each adapter builds its own: HTTP
 * 1.1, no redirects), made on first use and kept across cycles. Closed when the process is done: an
 * open client keeps a selector thread in native code, and the JVM waits ~300 ms at exit for such
 * threads; built per cycle, they would also pile up in the daemon until the next GC.
 */
final class HttpClients implements AutoCloseable {
  private final Map<Duration, HttpClient> clients = new HashMap<>();

  synchronized HttpClient client(Duration connectTimeout) {
    return clients.computeIfAbsent(
        connectTimeout,
        t ->
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
  }

  HttpTransport transport(Duration connectTimeout) {
    return new HttpTransport(client(connectTimeout));
  }

  @Override
  public synchronized void close() {
    clients.values().forEach(HttpClient::close);
    clients.clear();
  }
}
