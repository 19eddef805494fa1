package com.naversms.core.optout;

import java.time.Instant;
import java.util.List;

/**
 * The business's own opt-out list, stored beside the records (SQLite table {@code sms_optouts},
 * DynamoDB table of its own). Managed with {@code naver-sms optout add|remove|list}; read once per
 * cycle.
 */
public interface OptOutStore {

  /** Every number on the list, in any order. */
  OptOutList load();

  /** One entry: the number (digits), when it was added and a free-text note (may be empty). */
  record Entry(String phone, Instant addedAt, String note) {}

  /** Every entry, oldest first. */
  List<Entry> entries();

  /** Adds the number (any form); adding one already on the list keeps the first entry. */
  void add(String phone, Instant at, String note);

  /** Removes the number; true when it was on the list. */
  boolean remove(String phone);
}
