package com.naversms.core.optout;

/**
 * A part of the opt-out list could not be read (SENS's unsubscribe list did not answer, or answered
 * something unreadable). The cycle then plans no advertising message at all: sending one to a
 * number that refused it is the one mistake this list exists to prevent.
 */
public class OptOutUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OptOutUnavailable(String message) {
    super(message);
  }

  public OptOutUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
