package com.naversms.adapters.statecontract;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.6: items the two Python systems keyed with different phone forms (docs/state.md) are
 * read in one batch of every form, and claims, delivery marks and flags on the form that exists
 * update that item: no store ever makes a second item for the booking.
 */
public abstract class KeyFormContract {
  private static final Instant NOW = Instant.parse("2026-11-27T03:10:00Z");
  private static final MessageOrigin ORIGIN = new MessageOrigin("Two-Hour Reminder", "guide");

  /** Booking id → phone of the booking, and the phone form its item was stored under. */
  private static final List<String[]> STORED =
      List.of(
          new String[] {"1", "01000001234", "010-0000-1234"}, // both systems
          new String[] {"2", "01100001234", "011-0000-1234"}, // legacy, 11 digits
          new String[] {"3", "01100001235", "01100001235"}, // refactor, bare digits
          new String[] {"4", "0110001234", "011-0001-234"}, // legacy, 10 digits 3-4-rest
          new String[] {"5", "0110001235", "011-000-1235"}); // refactor, 10 digits 3-3-4

  protected StateBackend backend;
  protected StateStore store;

  protected abstract StateBackend newBackend();

  @BeforeEach
  void freshStorage() {
    backend = newBackend();
    store = backend.store();
    for (String[] s : STORED) {
      backend.putLegacyItem(new RecordKey(booking(s).bookingNum(), s[2]), 1051707L);
    }
  }

  @Test
  void oneBatchOfEveryForm_findsEachItemUnderItsStoredKey() {
    List<Booking> bookings = STORED.stream().map(KeyFormContract::booking).toList();

    Map<RecordKey, StoredRecord> read = store.read(RecordKeys.toRead(bookings));

    assertThat(read.keySet())
        .containsExactlyInAnyOrderElementsOf(STORED.stream().map(KeyFormContract::stored).toList());
    for (String[] s : STORED) {
      assertThat(RecordKeys.of(booking(s), read)).isEqualTo(stored(s));
      assertThat(read.get(stored(s)).confirmSms()).isTrue();
    }
  }

  @Test
  void claimAndDelivery_onTheFormThatExists_updateThatItemOnly() {
    for (String[] s : STORED) {
      MessageKey remind = new MessageKey(resolved(s), Flags.REMIND);

      assertThat(store.claim(remind, ORIGIN, 3, NOW)).isEqualTo(new Claimed(1));
      store.markDelivered(remind, "req-" + s[0], NOW);

      assertThat(backend.phonesOf(stored(s).bookingNum())).containsExactly(s[2]);
      StoredRecord r = store.read(List.of(stored(s))).get(stored(s));
      assertThat(r.remindSms()).isTrue();
      assertThat(r.name()).isEqualTo("김테스트");
    }
  }

  @Test
  void aFailedSendAndAFlag_onTheFormThatExists_updateThatItemOnly() {
    for (String[] s : STORED) {
      MessageKey option = new MessageKey(resolved(s), Flags.OPTION);
      store.claim(option, ORIGIN, 3, NOW);
      store.releaseFailed(option, "503", NOW);
      store.setFlag(new MessageKey(resolved(s), "custom_review_sms"), true, NOW);

      assertThat(backend.phonesOf(stored(s).bookingNum())).containsExactly(s[2]);
      assertThat(store.read(List.of(stored(s))).get(stored(s)).flag("custom_review_sms")).isTrue();
    }
  }

  @Test
  void aBookingWithoutItem_isWrittenInTheLegacyForm() {
    Booking fresh = aBooking().id(6).phone("0110001236").build();
    RecordKey key = RecordKeys.of(fresh, store.read(RecordKeys.toRead(List.of(fresh))));

    store.claim(new MessageKey(key, Flags.CONFIRM), ORIGIN, 3, NOW);

    assertThat(backend.phonesOf(fresh.bookingNum())).containsExactly("011-0001-236");
  }

  private RecordKey resolved(String[] s) {
    Booking b = booking(s);
    return RecordKeys.of(b, store.read(RecordKeys.toRead(List.of(b))));
  }

  private static Booking booking(String[] s) {
    return aBooking().id(Long.parseLong(s[0])).phone(s[1]).build();
  }

  private static RecordKey stored(String[] s) {
    return new RecordKey(booking(s).bookingNum(), s[2]);
  }
}
