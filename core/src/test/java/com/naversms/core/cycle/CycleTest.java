package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.delivery.Channels;
import com.naversms.core.fakes.FixedBookingSource;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.migration.ComparisonMode;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.core.plan.Plan;
import com.naversms.core.secrets.SecretsException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CycleTest {
  static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  final InMemoryStateStore state = new InMemoryStateStore();
  final ScriptedSmsSender sms = new ScriptedSmsSender();
  final RecordingNotifier telegram = new RecordingNotifier();
  final RecordingNotifier alerts = new RecordingNotifier();
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();
  final List<Booking> bookings =
      List.of(
          TestBookings.booking("1051707", 1, NOW.plusSeconds(7200)),
          TestBookings.booking("1051707", 2, NOW.plusSeconds(9000)),
          TestBookings.booking("1120125", 3, NOW.plusSeconds(86_400)));
  FixedBookingSource source = new FixedBookingSource(bookings);
  CycleParts.Factory parts =
      cycleLog ->
          new CycleParts(
              () -> new NaverAccess.Access.Opened(source), sms, Channels.of(telegram, null));

  Cycle cycle(CycleSettings settings, Optional<ComparisonMode> shadow) {
    return new Cycle(
        TestBookings.CONFIG,
        parts,
        state,
        TestBookings::confirmations,
        shadow,
        Channels.of(alerts, null),
        log,
        metrics,
        Clock.fixed(NOW, ZoneOffset.UTC),
        settings,
        (day, at) -> true,
        CarrierReport.none());
  }

  Cycle cycle() {
    return cycle(CycleSettings.defaults(), Optional.empty());
  }

  @Test
  void dueMessagesAreSent_oneSummaryFollows_metricsFlushOnce() {
    CycleResult result = cycle().run("req-a");

    assertThat(result.exitCode()).isZero();
    assertThat(result.bookingsFetched()).isEqualTo(3);
    assertThat(sms.messages()).hasSize(3);
    // three rule lines (posted one each, or joined while Telegram was busy: issue 19), then the
    // summary
    List<String> lines =
        telegram.texts().subList(0, telegram.texts().size() - 1).stream()
            .flatMap(String::lines)
            .toList();
    assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("예약확정"));
    assertThat(telegram.texts().getLast()).contains("발송 3건 (booking_confirm 3)");
    assertThat(metrics.total(MetricName.BOOKINGS_FETCHED)).isEqualTo(3.0);
    assertThat(metrics.total(MetricName.SMS_SENT)).isEqualTo(3.0);
    assertThat(metrics.flushes()).isEqualTo(1);
    assertThat(log.events())
        .allSatisfy(e -> assertThat(e.fields()).containsEntry(LogField.REQUEST_ID, "req-a"));
  }

  @Test
  void sentMessages_arePricedPerChannel_inTheSummaryAndTheMessageCostMetric() {
    cycle().run("req-a");

    // three short confirmations (SMS) at the default 9 KRW; every channel's MessageCost, zeros
    // included
    assertThat(telegram.texts().getLast()).contains("채널별 비용: SMS 3건 27원, 합계 27원");
    assertThat(metrics.total(MetricName.MESSAGE_COST, Map.of("Channel", "SMS"))).isEqualTo(27.0);
    assertThat(metrics.total(MetricName.MESSAGE_COST, Map.of("Channel", "LMS"))).isZero();
    assertThat(metrics.total(MetricName.MESSAGE_COST, Map.of("Channel", "AlimTalk"))).isZero();
    assertThat(metrics.names()).contains(MetricName.MESSAGE_COST);
  }

  @Test
  void secondCycle_findsNothingDue_andSaysSo() {
    cycle().run("req-a");

    CycleResult again = cycle().run("req-b");

    assertThat(sms.messages()).hasSize(3);
    assertThat(again.report().sent()).isZero();
    assertThat(telegram.texts().getLast()).isEqualTo(CycleMessages.NOTHING_DUE);
  }

  @Test
  void withSummariesOnEvents_aQuietCyclePostsNothing_butEmitsEveryCounterAtZero() {
    CycleSettings events =
        CycleSettings.defaults()
            .withChat(OperatorChat.everyCycle().withSummary(OperatorChat.Summary.EVENTS));
    cycle(events, Optional.empty()).run("req-a");
    int posted = telegram.texts().size();

    cycle(events, Optional.empty()).run("req-b");

    assertThat(telegram.texts()).hasSize(posted);
    assertThat(log.events())
        .anySatisfy(e -> assertThat(e.fields()).containsEntry(LogField.REASON, "quiet_cycle"));
    assertThat(metrics.names()).containsAll(MetricName.everyCycleCounters());
  }

  @Test
  void theDigestIsPostedFromItsHour_onlyWhenTheLedgerTakesTheDay() {
    // NOW is 12:00 KST
    CycleSettings at11 =
        CycleSettings.defaults()
            .withChat(OperatorChat.everyCycle().withDigestAt(Optional.of(LocalTime.of(11, 0))));
    List<LocalDate> claimed = new ArrayList<>();
    Cycle first =
        new Cycle(
            TestBookings.CONFIG,
            parts,
            state,
            TestBookings::confirmations,
            Optional.empty(),
            Channels.of(alerts, null),
            log,
            metrics,
            Clock.fixed(NOW, ZoneOffset.UTC),
            at11,
            (day, at) -> !claimed.contains(day) && claimed.add(day),
            (day, costs) -> List.of("통신사 실패 0건"));

    first.run("req-a");
    first.run("req-b");

    assertThat(claimed).containsExactly(LocalDate.of(2026, 11, 27));
    assertThat(telegram.texts())
        .filteredOn(t -> t.startsWith("📅 일일 요약 2026-11-27 (11:00 KST 기준)"))
        .singleElement()
        .asString()
        .contains("통신사 실패 0건");
  }

  @Test
  void aFailingStore_isReported_andTheOthersGoOn() {
    source = new FixedBookingSource(bookings).failing("1120125");

    CycleResult result = cycle().run("req-a");

    assertThat(sms.messages()).hasSize(2);
    assertThat(result.storeFailures())
        .extracting(f -> f.request().storeId())
        .containsOnly("1120125");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(telegram.texts().getLast()).contains("매장 조회 실패 1곳: 1120125");
    assertThat(metrics.total(MetricName.STORE_FETCH_FAILURES)).isEqualTo(1.0);
  }

  @Test
  void aDryRunWithoutAUsableSession_stopsWithExit2_sendsAndCountsNothing() {
    parts =
        cycleLog ->
            new CycleParts(
                () -> new NaverAccess.Access.NoSession("no stored Naver session"),
                sms,
                Channels.of(telegram, null));

    CycleResult result =
        cycle(CycleSettings.defaults().withDryRun(true), Optional.empty()).run("req-a");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.failure())
        .hasValueSatisfying(f -> assertThat(f).contains("no stored Naver session", "--login"));
    assertThat(metrics.total(MetricName.LOGIN_FAILURES)).isZero();
    assertThat(telegram.texts()).isEmpty();
    assertThat(alerts.texts()).isEmpty();
  }

  @Test
  void unreadableSecrets_failTheCycle_countSecretsErrors_andAlert() {
    parts =
        cycleLog -> {
          throw new SecretsException(
              "naver-sms-automation/sens-credentials: key 'secret_key' missing");
        };

    CycleResult result = cycle().run("req-a");

    assertThat(result.completed()).isFalse();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(metrics.total(MetricName.SECRETS_ERRORS)).isEqualTo(1.0);
    assertThat(alerts.texts())
        .singleElement()
        .asString()
        .contains("SecretsException", "secret_key");
    assertThat(metrics.flushes()).isEqualTo(1);
  }

  @Test
  void failedLogin_countsLoginFailures_andAlertsOnTheCyclesChannel() {
    parts =
        cycleLog ->
            new CycleParts(
                () -> new NaverAccess.Access.LoginFailed("captcha"),
                sms,
                Channels.of(telegram, null));

    CycleResult result = cycle().run("req-a");

    assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("LoginFailed"));
    assertThat(metrics.total(MetricName.LOGIN_FAILURES)).isEqualTo(1.0);
    assertThat(telegram.texts()).singleElement().asString().contains("Naver SMS Automation Error");
    assertThat(sms.messages()).isEmpty();
  }

  @Test
  void anErrorAlert_keepsTheErrorOnItsLine_andSlackGetsItEscaped() {
    RecordingNotifier slack = new RecordingNotifier();
    parts =
        cycleLog ->
            new CycleParts(
                () -> {
                  throw new IllegalStateException("<!channel> 김예시\r\n[ALERT] 가짜 경보");
                },
                sms,
                Channels.of(telegram, slack));

    cycle().run("req-a");

    assertThat(telegram.texts())
        .singleElement()
        .satisfies(t -> {
          assertThat(t.lines()).hasSize(3).noneMatch(l -> l.startsWith("[ALERT]"));
          assertThat(t).contains("Error: IllegalStateException: <!channel> 김예시 [ALERT] 가짜 경보");
        });
    assertThat(slack.texts())
        .singleElement()
        .satisfies(t -> {
          assertThat(t.lines()).hasSize(3);
          assertThat(t).contains("&lt;!channel&gt; 김예시 [ALERT]").doesNotContain("<");
        });
  }

  @Test
  void comparisonMode_plansTwice_comparesAndSendsOrWritesNothing() {
    AtomicInteger compared = new AtomicInteger();
    // the baseline plans nothing: every candidate action is a difference
    Plan nothing = new Plan(Instant.EPOCH, List.of(), List.of(), List.of());
    ComparisonMode shadow =
        (input, candidate, requestId) -> {
          compared.incrementAndGet();
          return candidate.actions().size() - nothing.actions().size();
        };

    CycleResult result =
        cycle(CycleSettings.defaults().withComparisonMode(true), Optional.of(shadow)).run("req-a");

    assertThat(compared).hasValue(1);
    assertThat(result.differences()).isEqualTo(9);
    assertThat(sms.messages()).isEmpty();
    assertThat(state.all()).isEmpty();
    assertThat(state.claims()).isEmpty();
    assertThat(telegram.texts()).isEmpty();
    assertThat(result.report().suppressed()).isEqualTo(9);
  }

  @Test
  void dryRun_plansButSendsAndWritesNothing() {
    CycleResult result =
        cycle(CycleSettings.defaults().withDryRun(true), Optional.empty()).run("r");

    assertThat(result.plan()).hasValueSatisfying(p -> assertThat(p.actions()).hasSize(9));
    assertThat(sms.messages()).isEmpty();
    assertThat(state.all()).isEmpty();
    assertThat(telegram.texts()).isEmpty();
  }
}
