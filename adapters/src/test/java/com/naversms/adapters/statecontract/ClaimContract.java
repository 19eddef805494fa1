package com.naversms.adapters.statecontract;

import static com.naversms.adapters.statecontract.Records.key;
import static com.naversms.adapters.statecontract.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.ClaimOutcome.AlreadyDelivered;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.ClaimOutcome.Exhausted;
import com.naversms.core.state.ClaimOutcome.InFlight;
import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.Unsettled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim protocol (docs/design.md 6.3, 6.4): flags mean delivered, nothing goes twice. */
public abstract class ClaimContract {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
  static final MessageKey CONFIRM = new MessageKey(key(1), Flags.CONFIRM);
  protected StateBackend backend;
  protected StateStore store;

  protected abstract StateBackend newBackend();

  @BeforeEach
  void freshStorage() {
    backend = newBackend();
    store = backend.store();
    store.create(record(1));
  }

  @Test
  void aFirstClaim_isTheFirstAttempt() {
    assertThat(store.claim(CONFIRM, ORIGIN, 3, T0)).isEqualTo(new Claimed(1));
  }

  @Test
  void aSecondClaim_seesTheFirstInFlightSinceItsTime() {
    store.claim(CONFIRM, ORIGIN, 3, T0);

    assertThat(store.claim(CONFIRM, ORIGIN, 3, T0.plusSeconds(60))).isEqualTo(new InFlight(T0));
  }

  @Test
  void aClaimOnOneFlag_doesNotHoldAnother() {
    store.claim(CONFIRM, ORIGIN, 3, T0);

    assertThat(store.claim(new MessageKey(key(1), Flags.REMIND), ORIGIN, 3, T0))
        .isEqualTo(new Claimed(1));
  }

  @Test
  void afterDelivery_theFlagIsSetAndAClaimSeesItDelivered() {
    store.claim(CONFIRM, ORIGIN, 3, T0);

    store.markDelivered(CONFIRM, "req-0001", T0.plusSeconds(1));

    StoredRecord r = store.read(List.of(key(1))).get(key(1));
    assertThat(r.confirmSms()).isTrue();
    assertThat(r.extra())
        .containsEntry("confirm_sms_request_id", "req-0001")
        .containsEntry("confirm_sms_sent_at", T0.plusSeconds(1).toEpochMilli())
        .doesNotContainKey("confirm_sms_claimed_at");
    assertThat(store.claim(CONFIRM, ORIGIN, 3, T0.plusSeconds(2)))
        .isEqualTo(new AlreadyDelivered());
  }

  @Test
  void aFlagSetWithoutASend_alsoBlocksTheClaim() {
    store.setFlag(CONFIRM, true, T0);

    assertThat(store.claim(CONFIRM, ORIGIN, 3, T0)).isEqualTo(new AlreadyDelivered());
  }

  @Test
  void failedSends_areCountedUntilTheMaximum_thenExhausted() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(store.claim(CONFIRM, ORIGIN, 3, T0)).isEqualTo(new Claimed(attempt));
      assertThat(store.releaseFailed(CONFIRM, "SENS 500 " + "x".repeat(2000), T0))
          .isEqualTo(attempt);
    }

    assertThat(store.claim(CONFIRM, ORIGIN, 3, T0)).isEqualTo(new Exhausted(3));
    StoredRecord r = store.read(List.of(key(1))).get(key(1));
    assertThat(r.confirmSms()).isFalse();
    assertThat(r.extra()).containsEntry("confirm_sms_attempts", 3L);
    assertThat((String) r.extra().get("confirm_sms_last_error"))
        .startsWith("SENS 500")
        .hasSize(500);
    assertThat(store.claim(CONFIRM, ORIGIN, 4, T0)).isEqualTo(new Claimed(4));
  }

  @Test
  void everyAttributeKeptBesideAFlag_endsInAReservedSuffix() {
    // config check refuses flag names ending in DeliveryAttributes.SUFFIXES (issue 12, item 7): a
    // store writing a suffix the list lacks would let a rule overwrite it
    MessageKey custom = new MessageKey(key(1), "vip_sms");
    MessageKey putOff = new MessageKey(key(1), Flags.OPTION);
    for (MessageKey k : List.of(CONFIRM, custom, putOff)) {
      store.claim(k, ORIGIN, 3, T0);
      store.releaseFailed(k, "timeout", T0);
      store.claim(k, ORIGIN, 3, T0);
    }
    store.markDelivered(CONFIRM, "req-0009", T0);
    store.releaseUncounted(putOff, "SENS 401", T0);

    StoredRecord r = store.read(List.of(key(1))).get(key(1));
    for (MessageKey k : List.of(CONFIRM, custom, putOff)) {
      List<String> written =
          r.extra().keySet().stream()
              .filter(name -> name.startsWith(k.flag() + "_"))
              .map(name -> name.substring(k.flag().length()))
              .toList();
      assertThat(written).as("attributes beside %s", k.flag()).isNotEmpty();
      assertThat(DeliveryAttributes.SUFFIXES)
          .as("DeliveryAttributes.SUFFIXES must list every suffix a store writes")
          .containsAll(written);
    }
  }

  @Test
  void aClaimOnAMissingRecord_createsIt() {
    MessageKey missing = new MessageKey(key(2), Flags.REMIND);

    assertThat(store.claim(missing, ORIGIN, 3, T0)).isEqualTo(new Claimed(1));

    StoredRecord r = store.read(List.of(key(2))).get(key(2));
    assertThat(r.name()).isEmpty();
    assertThat(r.bookingTime()).isNull();
    assertThat(r.remindSms()).isFalse();
    assertThat(r.extra()).containsEntry("remind_sms_claimed_at", T0.toEpochMilli());
  }

  @Test
  void claimingKeepsEveryLegacyAttributeOfALegacyItem() {
    backend.putLegacyItem(key(3), 1051707L);
    Map<String, String> before = backend.rawTypes(key(3));
    MessageKey remind = new MessageKey(key(3), Flags.REMIND);

    store.claim(remind, ORIGIN, 3, T0);
    store.releaseFailed(remind, "timeout", T0);
    store.claim(remind, ORIGIN, 3, T0);
    store.markDelivered(remind, "req-0002", T0);

    assertThat(backend.rawTypes(key(3))).containsAllEntriesOf(before);
    StoredRecord r = store.read(List.of(key(3))).get(key(3));
    assertThat(r.name()).isEqualTo("김테스트");
    assertThat(r.remindSms()).isTrue();
    assertThat(r.extra()).containsEntry("biz_id", 1051707L);
  }

  @Test
  void staleClaims_areTheClaimsOlderThanTheCutOff_neverCompleted() {
    MessageKey old = new MessageKey(key(1), Flags.REMIND);
    MessageKey done = new MessageKey(key(1), Flags.OPTION);
    store.claim(old, ORIGIN, 3, T0);
    store.claim(done, ORIGIN, 3, T0);
    store.markDelivered(done, "req-0003", T0);
    store.claim(CONFIRM, ORIGIN, 3, T0.plus(Duration.ofMinutes(30)));

    assertThat(store.staleClaims(T0.plus(Duration.ofMinutes(20)))).containsExactly(old);
  }

  @Test
  void aClaim_recordsTheRuleAndTemplateThatPlannedIt_asStrings() {
    store.claim(CONFIRM, ORIGIN, 3, T0);
    store.releaseFailed(CONFIRM, "HTTP 503", T0);

    StoredRecord r = store.read(List.of(key(1))).get(key(1));
    assertThat(r.extra())
        .containsEntry("confirm_sms_rule", "New Booking Confirmation")
        .containsEntry("confirm_sms_template", "confirmation")
        .containsEntry("confirm_sms_attempts", 1L)
        .doesNotContainKey("confirm_sms_claimed_at");
    Map<String, String> raw = backend.rawTypes(key(1));
    if (raw.containsKey("confirm_sms_attempts")) { // the store keeps them on the item (DynamoDB)
      assertThat(raw)
          .containsEntry("confirm_sms_rule", "S")
          .containsEntry("confirm_sms_template", "S");
    }
  }

  @Test
  void aLegacyItemWithTheNewAttributes_keepsEveryLegacyAttributeAndType() {
    backend.putLegacyItem(key(3), 1051707L);
    Map<String, String> before = backend.rawTypes(key(3));
    MessageKey remind = new MessageKey(key(3), Flags.REMIND);

    store.claim(remind, new MessageOrigin("Two-Hour Reminder", "guide"), 3, T0);
    store.releaseUncounted(remind, "HTTP 401: Authentication Failed", T0);

    assertThat(backend.rawTypes(key(3))).containsAllEntriesOf(before);
    StoredRecord r = store.read(List.of(key(3))).get(key(3));
    assertThat(r.name()).isEqualTo("김테스트");
    assertThat(r.confirmSms()).isTrue();
    assertThat(r.remindSms()).isFalse();
    assertThat(r.extra()).containsEntry("remind_sms_rule", "Two-Hour Reminder");
  }

  @Test
  void releaseUncounted_freesTheClaim_keepsTheReason_andCountsNoAttempt() {
    store.claim(CONFIRM, ORIGIN, 1, T0);

    store.releaseUncounted(CONFIRM, "HTTP 401: Authentication Failed", T0);

    StoredRecord r = store.read(List.of(key(1))).get(key(1));
    assertThat(r.confirmSms()).isFalse();
    assertThat(r.extra())
        .containsEntry("confirm_sms_last_error", "HTTP 401: Authentication Failed")
        .doesNotContainKey("confirm_sms_claimed_at")
        .doesNotContainKey("confirm_sms_attempts");
    assertThat(store.claim(CONFIRM, ORIGIN, 1, T0)).isEqualTo(new Claimed(1));
  }

  @Test
  void unsettled_listsClaimsOutsideTheLiveWindow_pastAndFuture() {
    MessageKey past = new MessageKey(key(1), Flags.REMIND);
    MessageKey live = new MessageKey(key(1), Flags.OPTION);
    MessageKey aheadALittle = new MessageKey(key(2), Flags.CONFIRM);
    MessageKey farAhead = new MessageKey(key(3), Flags.CONFIRM);
    Instant now = T0.plus(Duration.ofHours(1));
    store.claim(past, ORIGIN, 3, T0);
    store.claim(live, ORIGIN, 3, now.minus(Duration.ofMinutes(5)));
    store.claim(aheadALittle, ORIGIN, 3, now.plus(Duration.ofMinutes(5)));
    store.claim(farAhead, ORIGIN, 3, now.plus(Duration.ofHours(3)));

    List<Unsettled> unsettled = store.unsettled(ClaimWindow.around(now, Duration.ofMinutes(15)), 3);

    assertThat(unsettled)
        .containsExactlyInAnyOrder(
            new Unsettled.StaleClaim(past, T0, ORIGIN),
            new Unsettled.StaleClaim(farAhead, now.plus(Duration.ofHours(3)), ORIGIN));
  }

  @Test
  void unsettled_listsMessagesOutOfAttempts_notDeliveredOnesNorClaimedOnes() {
    MessageKey delivered = new MessageKey(key(1), Flags.REMIND);
    MessageKey retrying = new MessageKey(key(1), Flags.OPTION);
    for (int i = 0; i < 2; i++) {
      store.claim(CONFIRM, ORIGIN, 2, T0);
      store.releaseFailed(CONFIRM, "HTTP 503 #" + i, T0);
    }
    store.claim(delivered, ORIGIN, 2, T0);
    store.releaseFailed(delivered, "HTTP 503", T0);
    store.claim(delivered, ORIGIN, 2, T0);
    store.markDelivered(delivered, "req-1", T0);
    store.claim(retrying, ORIGIN, 2, T0);
    store.releaseFailed(retrying, "HTTP 503", T0);
    store.claim(retrying, ORIGIN, 2, T0);

    List<Unsettled> unsettled = store.unsettled(ClaimWindow.around(T0, Duration.ofMinutes(15)), 2);

    assertThat(unsettled)
        .containsExactly(new Unsettled.Exhausted(CONFIRM, 2, "HTTP 503 #1", ORIGIN));
  }

  @Test
  void anExhaustedMessageResolvedByHand_isNoLongerUnsettled() {
    store.claim(CONFIRM, ORIGIN, 1, T0);
    store.releaseFailed(CONFIRM, "HTTP 503", T0);

    store.setFlag(CONFIRM, true, T0);

    assertThat(store.unsettled(ClaimWindow.around(T0, Duration.ofMinutes(15)), 1)).isEmpty();
  }

  @Test
  void concurrentClaims_fromManyThreadsAndTwoStores_haveExactlyOneWinner() throws Exception {
    StateStore other = backend.anotherStore();
    List<ClaimOutcome> outcomes =
        Race.run(8, i -> (i % 2 == 0 ? store : other).claim(CONFIRM, ORIGIN, 3, T0));

    assertThat(outcomes).filteredOn(Claimed.class::isInstance).containsExactly(new Claimed(1));
    assertThat(outcomes).filteredOn(InFlight.class::isInstance).hasSize(7);
  }

  @Test
  void oneStoreUsedByTheExecutorsLanes_claimsEveryMessageExactlyOnce() throws Exception {
    List<MessageKey> keys =
        IntStream.range(0, 24).mapToObj(i -> new MessageKey(key(i), Flags.CONFIRM)).toList();

    List<List<MessageKey>> won =
        Race.run(
            6,
            lane -> {
              List<MessageKey> mine = new ArrayList<>();
              for (int n = 0; n < keys.size(); n++) {
                // each lane walks the keys from a different place, so they collide everywhere
                MessageKey k = keys.get((n + lane * 5) % keys.size());
                // one attempt allowed: a released message is exhausted, never claimed again
                if (store.claim(k, ORIGIN, 1, T0) instanceof Claimed) {
                  mine.add(k);
                  if (keys.indexOf(k) % 4 == 0) {
                    store.releaseFailed(k, "HTTP 500", T0);
                  } else {
                    store.markDelivered(k, "req-" + keys.indexOf(k), T0);
                  }
                }
              }
              return mine;
            });

    assertThat(won.stream().flatMap(List::stream).toList())
        .containsExactlyInAnyOrderElementsOf(keys);
    Map<RecordKey, StoredRecord> records =
        store.read(keys.stream().map(MessageKey::record).toList());
    for (int i = 0; i < keys.size(); i++) {
      assertThat(records.get(keys.get(i).record()).confirmSms()).isEqualTo(i % 4 != 0);
    }
    assertThat(store.staleClaims(T0.plusSeconds(1))).isEmpty();
  }
}
