package com.naversms.adapters.http;

import java.util.Optional;

/**
 * What came of one HTTP request. An answer (any status) is kept apart from a network failure, and a
 * failure before the request left this machine is kept apart from one after it may have arrived:
 * only the first is safe to repeat for a request that is not idempotent.
 */
public sealed interface HttpOutcome {

  /** The server answered with a status line (2xx or not). */
  record Answered(int status, String body, java.net.http.HttpHeaders headers)
      implements HttpOutcome {
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** No connection was made (refused, unresolved, connect timeout): the server saw nothing. */
  record NotSent(String reason) implements HttpOutcome {}

  /**
   * The connection was made but no answer came (read timeout, connection dropped): the server may
   * have acted on the request.
   */
  record NoAnswer(String reason) implements HttpOutcome {}
}
