package com.naversms.adapters.dynamodb;

/**
 * Limits of the attributes this system adds to an {@code sms} item per flag; their names are {@link
 * com.naversms.core.state.DeliveryAttributes} (docs/state.md). The legacy system never reads them,
 * so they do not change what it sees.
 */
final class ClaimAttributes {
  static final int MAX_ERROR_LENGTH = 500;

  private ClaimAttributes() {}

  static String truncate(String error) {
    String e = error == null ? "" : error;
    return e.length() <= MAX_ERROR_LENGTH ? e : e.substring(0, MAX_ERROR_LENGTH);
  }
}
