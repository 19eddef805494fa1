package com.naversms.simulator;

import com.naversms.simulator.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Cuts an answer's body so that no JSON (or HTML) parser accepts it. */
final class Malformed {
  private Malformed() {}

  static SimResponse of(SimResponse response) {
    byte[] body = response.body();
    byte[] half = Arrays.copyOf(body, body.length / 2);
    byte[] tail = "\u0000<<truncated".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(half, half.length + tail.length);
    System.arraycopy(tail, 0, cut, half.length, tail.length);
    return response.withBody(cut);
  }
}
