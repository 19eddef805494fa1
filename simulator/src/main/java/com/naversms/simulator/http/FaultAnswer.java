package com.naversms.simulator.http;

/**
 * How a route words an injected error status, the way the real service would (JSON error body,
 * Retry-After header, Telegram's retry_after parameter...).
 */
@FunctionalInterface
public interface FaultAnswer {
  /**
   * @param retryAfterSeconds the configured Retry-After, or null
   */
  SimResponse render(int status, Integer retryAfterSeconds);
}
