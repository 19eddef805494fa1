package com.naversms.simulator;

import com.naversms.simulator.http.SimResponse;

/** Cuts an answer's body so that no JSON (or HTML) parser accepts it. */
final class Malformed {
  private Malformed() {}

  static SimResponse of(SimResponse response) {
    String body = response.body();
    return response.withBody(body.substring(0, body.length() / 2) + "\u0000<<truncated");
  }
}
