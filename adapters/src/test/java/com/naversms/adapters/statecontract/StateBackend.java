package com.naversms.adapters.statecontract;

import com.naversms.core.optout.OptOutStore;
import com.naversms.core.session.SessionStore;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import java.util.List;
import java.util.Map;

/** One store implementation on fresh, empty storage, plus raw access the contract checks with. */
public interface StateBackend {
  StateStore store();

  /** A second store instance on the same storage (another process, for SQLite). */
  StateStore anotherStore();

  SessionStore sessionStore();

  /**
   * The opt-out list on this backend's storage: every call answers a store over the same list (for
   * SQLite a new connection to the same file, as another process would open it).
   */
  OptOutStore optOutStore();

  /**
   * Writes, bypassing the store, the item the legacy Python system writes (legacy-system.md 1.3,
   * 3.7): name "김테스트", booking_time "2026-11-27 14:00:00", confirm_sms true, remind_sms and
   * option_sms missing, option_time "", and the refactor's extras {@code biz_id} ({@code bizId} as
   * N when a Number, else S), {@code status} "RC03" and {@code option_keywords} = [{name "보정",
   * bookingCount 1, price 5000}].
   */
  void putLegacyItem(RecordKey key, Object bizId);

  /** The sort keys ({@code phone}) of every item of one booking, read bypassing the store. */
  List<String> phonesOf(String bookingNum);

  /** Attribute name → DynamoDB type tag (S, N, BOOL, L, M) as stored, read bypassing the store. */
  Map<String, String> rawTypes(RecordKey key);
}
