package com.naversms.core.operator;

import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.util.List;
import java.util.Map;

/**
 * The {@code sms} item and flag a ledger entry's message belongs to: the entry keeps the number in
 * digits, the item is keyed by one of the forms the Python systems wrote, so every form is read and
 * the one that exists is the message's key (the legacy form when none does).
 */
final class MessageRecord {
  private MessageRecord() {}

  static MessageKey of(LedgerEntry entry, StateStore state) {
    String booking = entry.key().bookingNum();
    List<RecordKey> candidates =
        RecordKeys.phoneForms(entry.message().phone()).stream()
            .map(form -> new RecordKey(booking, form))
            .toList();
    Map<RecordKey, StoredRecord> found = state.read(candidates);
    RecordKey key =
        candidates.stream().filter(found::containsKey).findFirst().orElse(candidates.getFirst());
    return new MessageKey(key, entry.key().message());
  }
}
