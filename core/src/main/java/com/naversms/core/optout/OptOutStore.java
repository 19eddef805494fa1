package com.naversms.core.optout;

import com.naversms.core.booking.Phone;
import java.time.Instant;
import java.util.List;

/**
 * The business's own opt-out list, stored beside the records (SQLite table {@code sms_optouts},
 * DynamoDB table of its own, docs/state.md). Managed with {@code naver-sms optout add|remove|list};
 * read once per cycle. Failures are the store's own unchecked exception ({@code
 * StateStoreException}).
 */
public interface OptOutStore {

  /** Every number on the list, in any order. */
  OptOutList load();

  /**
   * One entry: the number (digits only, the key), when it was added, a free-text note (may be
   * empty) and who added it ({@link #OPERATOR} for {@code naver-sms optout add}).
   */
  record Entry(String phone, Instant addedAt, String note, String source) {
    public Entry {
      phone = Phone.digits(phone);
      note = note == null ? "" : note;
      source = source == null || source.isBlank() ? OPERATOR : source;
    }
  }

  /** The source of an entry an operator added on the command line. */
  String OPERATOR = "operator";

  /** The order of {@link #entries()}: oldest first, then by number. */
  java.util.Comparator<Entry> OLDEST_FIRST =
      java.util.Comparator.comparing(Entry::addedAt).thenComparing(Entry::phone);

  /** Every entry, oldest first ({@link #OLDEST_FIRST}). */
  List<Entry> entries();

  /**
   * Adds the entry; true when the number was not on the list yet. Adding a number already on it
   * changes nothing (the first entry, with its date and note, is kept) and answers false.
   */
  boolean add(Entry entry);

  /** Removes the number (any form); true when it was on the list. */
  boolean remove(String phone);
}
