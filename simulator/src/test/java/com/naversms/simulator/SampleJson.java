package com.naversms.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample partner-API page (three made-up bookings), a test resource. */
final class SampleJson {
  private SampleJson() {}

  static String text() {
    try (InputStream in = SampleJson.class.getResourceAsStream("/bookings-page.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
