package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.delivery.Channels;
import com.naversms.core.fakes.FixedBookingSource;
import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.ledger.CarrierChecks;
import com.naversms.core.ledger.CarrierLookup;
import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The carrier check (docs/operations.md 2.8): a message the carrier could not deliver is recorded
 * with SENS's code, reported once (ERROR line, SMSDeliveryFailed, one operator line), never again.
 */
class CarrierCheckCycleTest {
  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  final InMemoryStateStore state = new InMemoryStateStore();
  final InMemoryMessageLedger ledger = new InMemoryMessageLedger();
  final ScriptedSmsSender sms = new ScriptedSmsSender();
  final RecordingNotifier telegram = new RecordingNotifier();
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();
  final List<String> asked = new ArrayList<>();
  final List<Booking> bookings =
      List.of(
          TestBookings.booking("1051707", 1, NOW.plusSeconds(7200)),
          TestBookings.booking("1051707", 2, NOW.plusSeconds(9000)));

  /** req-1 failed at the carrier (3018), every other delivered. */
  final CarrierLookup sens =
      requestId -> {
        asked.add(requestId);
        return requestId.equals("req-1")
            ? new CarrierLookup.Answer.Completed(new CarrierResult("3018", "fail", "SKT", ""))
            : new CarrierLookup.Answer.Completed(new CarrierResult("0", "success", "KT", ""));
      };

  CycleResult runAt(Instant at) {
    CycleParts.Factory parts =
        cycleLog ->
            new CycleParts(
                () -> new NaverAccess.Access.Opened(new FixedBookingSource(bookings)),
                sms,
                Channels.of(telegram, null),
                List.of(),
                sens);
    return new Cycle(
            TestBookings.CONFIG,
            parts,
            state,
            TestBookings::confirmations,
            Optional.empty(),
            Channels.of(telegram, null),
            log,
            metrics,
            Clock.fixed(at, ZoneOffset.UTC),
            CycleSettings.defaults(),
            (day, t) -> true,
            CarrierReport.fromLedger(ledger),
            com.naversms.core.optout.OptOutSource.none(),
            new CarrierChecks(ledger, 50))
        .run("req-" + at.getEpochSecond());
  }

  @Test
  void aCarrierFailure_isRecordedReportedAndCountedOnce() {
    runAt(NOW);
    assertThat(asked).as("nothing accepted before the first cycle").isEmpty();
    assertThat(ledger.all()).extracting(LedgerEntry::state).containsOnly(MessageState.ACCEPTED);

    runAt(NOW.plus(Duration.ofMinutes(5)));

    assertThat(asked).containsExactlyInAnyOrder("req-1", "req-2");
    assertThat(ledger.all())
        .extracting(LedgerEntry::state)
        .containsExactlyInAnyOrder(MessageState.FAILED_AT_CARRIER, MessageState.DELIVERED);
    LedgerEntry failed =
        ledger.all().stream()
            .filter(e -> e.state() == MessageState.FAILED_AT_CARRIER)
            .findFirst()
            .orElseThrow();
    assertThat(failed.carrier().code()).isEqualTo("3018");
    assertThat(metrics.total(MetricName.SMS_DELIVERY_FAILED)).isEqualTo(1.0);
    assertThat(log.events())
        .filteredOn(e -> e.level() == LogEvent.Level.ERROR)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.fields()).containsEntry(LogField.ERROR_TYPE, "3018");
          assertThat(e.fields()).containsEntry(LogField.TEMPLATE, failed.message().template());
        });
    List<String> reports = telegram.texts().stream().filter(t -> t.contains("문자 전달 실패")).toList();
    assertThat(reports).hasSize(1);
    assertThat(reports.getFirst()).contains("010-****-").doesNotContain(failed.message().phone());

    runAt(NOW.plus(Duration.ofMinutes(10)));

    assertThat(asked).hasSize(2);
    assertThat(metrics.total(MetricName.SMS_DELIVERY_FAILED)).isEqualTo(1.0);
    assertThat(telegram.texts().stream().filter(t -> t.contains("문자 전달 실패"))).hasSize(1);
    List<String> digest =
        CarrierReport.fromLedger(ledger)
            .lines(java.time.LocalDate.of(2026, 11, 27), com.naversms.core.cost.CostTable.DEFAULTS);
    assertThat(digest).hasSize(2);
    assertThat(digest.get(0)).startsWith("통신사 전달 실패 1건");
    // what the day's messages cost (SENS bills none that failed at the carrier)
    assertThat(digest.get(1)).startsWith("메시지 비용 ").contains("합계 ").contains("모두 문자였다면 ");
    assertThat(
            CarrierReport.fromLedger(ledger)
                .lines(
                    java.time.LocalDate.of(2026, 11, 28),
                    com.naversms.core.cost.CostTable.DEFAULTS))
        .as("a day without messages: no line")
        .isEmpty();
  }

  @Test
  void noLogLine_holdsAMessageText() {
    runAt(NOW);
    runAt(NOW.plus(Duration.ofMinutes(5)));

    List<String> texts = ledger.all().stream().map(e -> e.message().text()).toList();
    assertThat(texts).allMatch(t -> t.length() > 5);
    for (LogEvent e : log.events()) {
      assertThat(texts).noneMatch(t -> e.toString().contains(t));
    }
  }
}
