package com.naversms.adapters.statecontract;

import static com.naversms.adapters.statecontract.Records.key;
import static com.naversms.adapters.statecontract.Records.withFlags;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.state.ClaimOutcome.AlreadyDelivered;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.ClaimOutcome.InFlight;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slot-bound flags and record updates (docs/state.md section 10): a reschedule re-arms the guide
 * without clearing the legacy {@code remind_sms}, a claim or a delivery of one slot never blocks
 * nor repeats another slot's, and a record update moves {@code booking_time} and writes its
 * attributes only where absent.
 */
public abstract class SlotContract {
  static final MessageOrigin GUIDE = new MessageOrigin("Two-Hour Reminder", "guide");
  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
  static final LocalDateTime OLD = LocalDateTime.of(2026, 11, 27, 14, 0);
  static final LocalDateTime NEW = LocalDateTime.of(2026, 11, 27, 16, 0);
  protected StateStore store;

  protected abstract StateBackend newBackend();

  @BeforeEach
  void guideDeliveredForTheOldSlot() {
    store = newBackend().store();
    store.create(withFlags(1, true, true, false)); // booking_time 14:00, remind_sms true
  }

  private static MessageKey guide(LocalDateTime slot) {
    return new MessageKey(key(1), Flags.REMIND, slot);
  }

  private StoredRecord read() {
    return store.read(List.of(key(1))).get(key(1));
  }

  @Test
  void guideDeliveredForTheRecordsSlot_isDeliveredForThatSlot_only() {
    assertThat(store.claim(guide(OLD), GUIDE, 3, T0)).isEqualTo(new AlreadyDelivered());
    assertThat(store.claim(new MessageKey(key(1), Flags.REMIND), GUIDE, 3, T0))
        .isEqualTo(new AlreadyDelivered());
    assertThat(store.claim(guide(NEW), GUIDE, 3, T0)).isEqualTo(new Claimed(1));
  }

  @Test
  void theNewSlotsDelivery_stampsItsSlot_andKeepsTheLegacyFlagTrue() {
    store.claim(guide(NEW), GUIDE, 3, T0);
    store.markDelivered(guide(NEW), "req-1", T0);

    StoredRecord r = read();
    assertThat(r.remindSms()).isTrue();
    assertThat(r.extra())
        .containsEntry("remind_sms_slot", "2026-11-27 16:00:00")
        .containsEntry("remind_sms_claim_slot", "2026-11-27 16:00:00")
        .doesNotContainKey("remind_sms_claimed_at");
    assertThat(store.claim(guide(NEW), GUIDE, 3, T0)).isEqualTo(new AlreadyDelivered());
  }

  @Test
  void aClaimForOneSlot_holdsThatSlot_notAnother() {
    store.claim(guide(NEW), GUIDE, 3, T0);

    assertThat(store.claim(guide(NEW), GUIDE, 3, T0.plusSeconds(5))).isEqualTo(new InFlight(T0));
    LocalDateTime later = NEW.plusHours(1);
    assertThat(store.claim(guide(later), GUIDE, 3, T0.plusSeconds(9))).isInstanceOf(Claimed.class);
    assertThat(read().extra()).containsEntry("remind_sms_claim_slot", "2026-11-27 17:00:00");
  }

  @Test
  void aRecordUpdate_movesBookingTime_andWritesOnlyAbsentAttributes() {
    store.updateRecord(
        key(1), new RecordUpdate(NEW, Map.of("remind_sms_slot", "2026-11-27 14:00:00")));
    store.updateRecord(
        key(1),
        new RecordUpdate(
            null, Map.of("remind_sms_slot", "2026-11-27 18:00:00", "cancelled_at", 42L)));

    StoredRecord r = read();
    assertThat(r.bookingTime()).isEqualTo(NEW);
    assertThat(r.remindSms()).isTrue();
    assertThat(r.extra())
        .containsEntry("remind_sms_slot", "2026-11-27 14:00:00")
        .containsEntry("cancelled_at", 42L);
    // moved and stamped: the guide is due for the new slot and still done for the old one
    assertThat(store.claim(guide(OLD), GUIDE, 3, T0)).isEqualTo(new AlreadyDelivered());
    assertThat(store.claim(guide(NEW), GUIDE, 3, T0)).isEqualTo(new Claimed(1));
  }

  @Test
  void aRecordUpdate_ofAMissingRecord_writesNothing() {
    store.updateRecord(key(7), new RecordUpdate(NEW, Map.of("cancelled_at", 42L)));

    assertThat(store.read(List.of(key(7)))).isEmpty();
  }

  @Test
  void aSlotBoundFlagSetDirectly_stampsItsSlot() {
    store.setFlag(guide(NEW), true, T0);

    assertThat(read().extra()).containsEntry("remind_sms_slot", "2026-11-27 16:00:00");
  }
}
