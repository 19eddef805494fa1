package com.naversms.parity.comparison;

import java.util.List;
import java.util.Map;

/**
 * One planned action as comparison sees it: its identity (category, booking, key) and its fields.
 * {@code compared} names the fields that must be equal; the others are shown, not compared.
 */
record Comparable(
    Category category,
    String bookingNum,
    String storeId,
    String key,
    Map<String, Object> fields,
    List<String> compared) {

  Identity identity(int occurrence) {
    return new Identity(category, bookingNum, key, occurrence);
  }

  record Identity(Category category, String bookingNum, String key, int occurrence) {}
}
