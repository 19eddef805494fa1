package com.naversms.app.wiring;

import com.naversms.app.cycle.Cycle;
import java.util.Map;

/** The composition root: builds the object graph with {@code new}, from {@link AppSettings}. */
public final class Wiring {
  private final AppSettings settings;

  public Wiring(AppSettings settings) {
    this.settings = settings;
  }

  public static Wiring fromEnvironment(Map<String, String> env) {
    return new Wiring(AppSettings.fromEnvironment(env));
  }

  public AppSettings settings() {
    return settings;
  }

  /** The cycle of the Lambda function. */
  public Cycle lambdaCycle() {
    throw new UnsupportedOperationException("adapters not wired yet");
  }
}
