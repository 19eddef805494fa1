package com.naversms.core.secrets;

/** A secret could not be read, or lacks a key. The message names the secret and the key. */
public class SecretsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecretsException(String message, Throwable cause) {
    super(message, cause);
  }

  public SecretsException(String message) {
    super(message);
  }
}
