package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.cycle.BookingSource.FetchRequest;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StoredRecord;
import com.naversms.core.state.WaitingForOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FetchWindowsTest {
  // 2026-11-27 08:30 KST
  private static final Instant NOW = Instant.parse("2026-11-26T23:30:00Z");
  private static final Stores STORES =
      new Stores("0100000000", List.of(store("1051707"), store("95129"), store("951291")));

  @Test
  void confirmedWindowIsTodayInKoreaPlusThirtyDaysToTheLastSecond() {
    List<FetchRequest> rc03 = FetchWindows.confirmed(STORES, NOW);

    assertThat(rc03)
        .extracting(FetchRequest::storeId)
        .containsExactly("1051707", "95129", "951291");
    FetchRequest first = rc03.get(0);
    assertThat(first.statusCode()).isEqualTo("RC03");
    assertThat(first.from()).isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
    assertThat(first.to()).isEqualTo(Instant.parse("2026-12-27T14:59:59Z"));
    assertThat(Duration.between(first.from(), first.to())).isLessThan(Duration.ofDays(31));
  }

  @Test
  void confirmedWindowFollowsTheKoreanDateNotTheUtcDate() {
    // 2026-11-26 23:59 UTC is already 27th in Korea; 14:59 UTC is still the 26th.
    assertThat(FetchWindows.confirmed(STORES, Instant.parse("2026-11-26T14:59:00Z")).get(0).from())
        .isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
    assertThat(FetchWindows.confirmed(STORES, Instant.parse("2026-11-26T15:00:00Z")).get(0).from())
        .isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
  }

  @Test
  void completedWindowReadsBookingTimeAsKoreanWallClock() {
    List<StoredRecord> records =
        List.of(
            record("1051707_1", "2026-11-20 10:00:00"), record("1051707_2", "2026-11-22 09:00:00"));

    FetchRequest rc08 =
        FetchWindows.completedWindow("1051707", WaitingForOption.of(records), NOW).orElseThrow();

    // 2026-11-20 00:00 KST, not 2026-11-20T10:00Z as the legacy's mislabelled ".000Z" said
    assertThat(rc08.from()).isEqualTo(Instant.parse("2026-11-19T15:00:00Z"));
    assertThat(rc08.to()).isEqualTo(Instant.parse("2026-11-22T14:59:59Z"));
    assertThat(rc08.statusCode()).isEqualTo("RC08");
  }

  @Test
  void completedWindowMatchesStoreIdWithTheUnderscore() {
    List<StoredRecord> records = List.of(record("951291_7", "2026-11-25 12:00:00"));

    assertThat(FetchWindows.completedWindow("95129", WaitingForOption.of(records), NOW)).isEmpty();
    assertThat(FetchWindows.completedWindow("951291", WaitingForOption.of(records), NOW))
        .isPresent();
  }

  @Test
  void recordsAlreadyGivenTheOptionMessageDoNotWidenTheWindow() {
    List<StoredRecord> records =
        List.of(
            notified("1051707_1", "2026-10-01 10:00:00"),
            record("1051707_2", "2026-11-25 10:00:00"));

    assertThat(
            FetchWindows.completedWindow("1051707", WaitingForOption.of(records), NOW)
                .orElseThrow()
                .from())
        .isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
  }

  @Test
  void tooLongWindowKeepsTheMostRecentThirtyOneDays() {
    List<StoredRecord> records =
        List.of(
            record("1051707_1", "2026-06-01 10:00:00"), record("1051707_2", "2026-11-25 18:00:00"));

    FetchRequest rc08 =
        FetchWindows.completedWindow("1051707", WaitingForOption.of(records), NOW).orElseThrow();

    assertThat(rc08.to()).isEqualTo(Instant.parse("2026-11-25T14:59:59Z"));
    assertThat(rc08.from()).isEqualTo(Instant.parse("2026-10-25T15:00:00Z")); // 10-26 00:00 KST
    assertThat(Duration.between(rc08.from(), rc08.to())).isEqualTo(FetchWindows.MAX_SPAN);
  }

  @Test
  void futureRecordsCannotBeCompletedSoTheWindowEndsToday() {
    List<StoredRecord> records =
        List.of(
            record("1051707_1", "2026-11-26 10:00:00"), record("1051707_2", "2026-12-20 10:00:00"));

    assertThat(
            FetchWindows.completedWindow("1051707", WaitingForOption.of(records), NOW)
                .orElseThrow()
                .to())
        .isEqualTo(Instant.parse("2026-11-27T14:59:59Z"));
    assertThat(
            FetchWindows.completedWindow(
                "1051707", WaitingForOption.of(List.of(records.get(1))), NOW))
        .isEmpty();
  }

  @Test
  void storesWithoutWaitingRecordsGetNoCompletedRequestAndOrderIsTheConfigOrder() {
    List<StoredRecord> records =
        List.of(
            record("951291_1", "2026-11-25 10:00:00"), record("1051707_2", "2026-11-20 10:00:00"));

    List<FetchRequest> all = FetchWindows.forCycle(STORES, WaitingForOption.of(records), NOW);

    assertThat(all)
        .extracting(r -> r.statusCode() + ":" + r.storeId())
        .containsExactly(
            "RC08:1051707",
            "RC08:951291",
            "RC03:1051707",
            "RC03:95129",
            "RC03:951291",
            "RC04:1051707",
            "RC04:95129",
            "RC04:951291");
  }

  @Test
  void noWindowIsEverLongerThanTheApiAllows() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      Instant now = NOW.plusSeconds(random.nextInt(400 * 86_400));
      LocalDateTime a = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(random.nextInt(800_000));
      LocalDateTime b = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(random.nextInt(800_000));
      List<StoredRecord> records = List.of(record("1051707_1", a), record("1051707_2", b));
      for (FetchRequest r : FetchWindows.forCycle(STORES, WaitingForOption.of(records), now)) {
        assertThat(Duration.between(r.from(), r.to())).isLessThanOrEqualTo(FetchWindows.MAX_SPAN);
        assertThat(r.from()).isBeforeOrEqualTo(r.to());
      }
    }
  }

  @Test
  void aChainsWindowsInOnePassAreEachStoresOwnWindow() {
    // ids that are prefixes of one another, ids with an underscore, records of no store, records
    // whose booking_time is unreadable: the single pass must give what each store's scan gives
    List<Store> stores = new java.util.ArrayList<>();
    for (String id : List.of("7", "71", "7_1", "7_1_2", "", "8", "9")) {
      stores.add(store(id));
    }
    Stores chain = new Stores("0100000000", stores);
    Random random = new Random(11);
    List<String> nums = List.of("7_", "71_", "7_1_", "7_1_2_", "_", "8_", "99_", "7", "x_");
    List<WaitingForOption> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      LocalDateTime at =
          random.nextInt(20) == 0
              ? null
              : LocalDateTime.of(2026, 9, 1, 0, 0).plusMinutes(random.nextInt(140_000));
      waiting.add(new WaitingForOption(nums.get(random.nextInt(nums.size())) + i, at));
    }

    List<FetchRequest> expected = new java.util.ArrayList<>();
    for (Store s : stores) {
      FetchWindows.completedWindow(s.id(), waiting, NOW).ifPresent(expected::add);
    }

    assertThat(FetchWindows.completed(chain, waiting, NOW))
        .hasSize(6) // "9" has none
        .containsExactlyElementsOf(expected);
  }

  private static Store store(String id) {
    return new Store(id, "store " + id, id, null, id);
  }

  private static StoredRecord record(String bookingNum, String bookingTime) {
    return record(bookingNum, LocalDateTime.parse(bookingTime.replace(' ', 'T')));
  }

  private static StoredRecord record(String bookingNum, LocalDateTime bookingTime) {
    return new StoredRecord(
        new RecordKey(bookingNum, "010-0000-0001"),
        "김*수",
        bookingTime,
        true,
        false,
        false,
        "",
        Map.of());
  }

  private static StoredRecord notified(String bookingNum, String bookingTime) {
    return new StoredRecord(
        new RecordKey(bookingNum, "010-0000-0001"),
        "김*수",
        LocalDateTime.parse(bookingTime.replace(' ', 'T')),
        true,
        true,
        true,
        "",
        Map.of());
  }
}
