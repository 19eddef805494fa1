package com.naversms.adapters.statecontract;

import static com.naversms.adapters.statecontract.Records.key;
import static com.naversms.adapters.statecontract.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStore;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every StateStore does with records: read, create, legacy items, flags, the option scan. */
public abstract class RecordContract {
  private static final Instant NOW = Instant.parse("2026-11-27T03:10:00Z");
  protected StateBackend backend;
  protected StateStore store;

  protected abstract StateBackend newBackend();

  @BeforeEach
  void freshStorage() {
    backend = newBackend();
    store = backend.store();
  }

  @Test
  void everyRecord_isEveryRecordWithItsDeliveryAttributes_acrossScanPages() {
    IntStream.rangeClosed(1, 10).forEach(i -> store.create(record(i)));
    MessageKey confirm = new MessageKey(key(3), Flags.CONFIRM);
    store.claim(confirm, new com.naversms.core.state.MessageOrigin("r", "confirmation"), 3, NOW);
    store.markDelivered(confirm, "sens-req-1", NOW);

    List<StoredRecord> all = store.everyRecord();

    assertThat(all).hasSize(10);
    StoredRecord delivered =
        all.stream().filter(r -> r.key().equals(key(3))).findFirst().orElseThrow();
    assertThat(((Number) delivered.extra().get("confirm_sms_sent_at")).longValue())
        .isEqualTo(NOW.toEpochMilli());
    assertThat(delivered.extra()).containsEntry("confirm_sms_template", "confirmation");
  }

  @Test
  void readingAMissingKey_returnsNothingForIt() {
    store.create(record(1));

    assertThat(store.read(List.of(key(1), key(2)))).containsOnlyKeys(key(1));
  }

  @Test
  void aCreatedRecord_readsBackAsWritten() {
    StoredRecord r =
        Records.withExtra(3, Map.of("status", "RC03", "biz_id", 1051707L, "custom_sent", true));

    assertThat(store.create(r)).isTrue();

    assertThat(store.read(List.of(key(3)))).containsExactlyEntriesOf(Map.of(key(3), r));
  }

  @Test
  void aBatchOf250Keys_isReadInFull() {
    IntStream.range(0, 250).forEach(n -> store.create(record(n)));
    List<RecordKey> keys = new ArrayList<>(IntStream.range(0, 260).mapToObj(Records::key).toList());
    keys.add(key(7)); // duplicates are read once

    Map<RecordKey, StoredRecord> read = store.read(keys);

    assertThat(read).hasSize(250);
    assertThat(read.get(key(249))).isEqualTo(record(249));
  }

  @Test
  void anItemInTheLegacyPythonShape_readsWithMissingFlagsFalseAndExtrasAsPlainValues() {
    backend.putLegacyItem(key(4), 1051707L);
    backend.putLegacyItem(key(5), "1051707");

    Map<RecordKey, StoredRecord> read = store.read(List.of(key(4), key(5)));

    StoredRecord r = read.get(key(4));
    assertThat(r.name()).isEqualTo("김테스트");
    assertThat(r.bookingTime()).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 0));
    assertThat(r.confirmSms()).isTrue();
    assertThat(r.remindSms()).isFalse();
    assertThat(r.optionSms()).isFalse();
    assertThat(r.optionTime()).isEmpty();
    assertThat(r.extra())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "biz_id",
                1051707L,
                "status",
                "RC03",
                "option_keywords",
                List.of(Map.of("name", "보정", "bookingCount", 1L, "price", 5000L))));
    assertThat(read.get(key(5)).extra()).containsEntry("biz_id", "1051707");
  }

  @Test
  void aRecordWeWrite_keepsEveryLegacyAttributeWithItsLegacyType() {
    store.create(Records.withExtra(6, Map.of("biz_id", 1051707L, "tags", List.of("a"))));

    assertThat(backend.rawTypes(key(6)))
        .containsAllEntriesOf(
            Map.of(
                "booking_num",
                "S",
                "phone",
                "S",
                "name",
                "S",
                "booking_time",
                "S",
                "confirm_sms",
                "BOOL",
                "remind_sms",
                "BOOL",
                "option_sms",
                "BOOL",
                "option_time",
                "S"))
        .containsEntry("biz_id", "N")
        .containsEntry("tags", "L");
  }

  @Test
  void create_neverOverwritesAnExistingRecord() {
    backend.putLegacyItem(key(8), 1051707L);

    assertThat(store.create(Records.withFlags(8, false, false, false))).isFalse();

    StoredRecord kept = store.read(List.of(key(8))).get(key(8));
    assertThat(kept.confirmSms()).isTrue();
    assertThat(kept.name()).isEqualTo("김테스트");
  }

  @Test
  void setFlag_changesThatFlagOnly_andKeepsEveryOtherAttribute() {
    backend.putLegacyItem(key(9), 1051707L);
    Map<String, String> typesBefore = backend.rawTypes(key(9));

    store.setFlag(new MessageKey(key(9), Flags.REMIND), true, NOW);

    StoredRecord r = store.read(List.of(key(9))).get(key(9));
    assertThat(r.remindSms()).isTrue();
    assertThat(r.confirmSms()).isTrue();
    assertThat(r.extra()).containsEntry("biz_id", 1051707L).containsKey("option_keywords");
    assertThat(backend.rawTypes(key(9)))
        .containsAllEntriesOf(typesBefore)
        .containsEntry("remind_sms", "BOOL");
  }

  @Test
  void setFlag_onACustomFlag_isReadBackThroughFlag() {
    store.create(record(10));

    store.setFlag(new MessageKey(key(10), "custom_review_sms"), true, NOW);
    store.setFlag(new MessageKey(key(10), Flags.CONFIRM), true, NOW);
    store.setFlag(new MessageKey(key(10), Flags.CONFIRM), false, NOW);

    StoredRecord r = store.read(List.of(key(10))).get(key(10));
    assertThat(r.flag("custom_review_sms")).isTrue();
    assertThat(r.confirmSms()).isFalse();
  }

  @Test
  void unnotifiedOptionRecords_areAllRecordsWithOptionSmsFalse_acrossPages() {
    IntStream.range(0, 40)
        .forEach(n -> store.create(Records.withFlags(n, true, false, n % 3 == 0)));
    backend.putLegacyItem(key(99), 1051707L); // option_sms missing: not listed, as in the legacy

    List<StoredRecord> pending = store.unnotifiedOptionRecords();

    assertThat(pending)
        .extracting(StoredRecord::key)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 40).filter(n -> n % 3 != 0).mapToObj(Records::key).toList());
  }

  @Test
  void waitingForOption_isTheBookingNumAndTimeOfEachUnnotifiedRecord() {
    IntStream.range(0, 40)
        .forEach(n -> {
          StoredRecord r = Records.withFlags(n, true, false, n % 3 == 0);
          store.create(
              new StoredRecord(
                  r.key(),
                  r.name(),
                  n % 7 == 0 ? null : r.bookingTime().minusDays(n).plusMinutes(n),
                  r.confirmSms(),
                  r.remindSms(),
                  r.optionSms(),
                  r.optionTime(),
                  r.extra()));
        });
    backend.putLegacyItem(key(99), 1051707L); // option_sms missing: not listed, as above

    List<WaitingForOption> waiting = store.waitingForOption();

    assertThat(waiting)
        .hasSize(26)
        .containsExactlyInAnyOrderElementsOf(WaitingForOption.of(store.unnotifiedOptionRecords()));
    assertThat(waiting).filteredOn(w -> w.bookingTime() == null).hasSize(4); // 7, 14, 28, 35
  }
}
