package com.naversms.core.cycle;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.delivery.Channels;
import com.naversms.core.fakes.FixedBookingSource;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.optout.OptOutSource;
import com.naversms.core.optout.OptOutUnavailable;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cycle whose opt-out list cannot be read (SENS's unsubscribe list did not answer) plans no
 * advertising message: the shipped review event at 20:10 is left for a later cycle, the
 * confirmation still goes, one WARN line {@code OptOutListUnreadable} and one operator notice say
 * so. With the list readable the same cycle sends both.
 */
class UnreadableOptOutsCycleTest {
  private static final Configuration SHIPPED = ConfigLoader.load(Path.of("..", "config"));
  private static final Booking REVIEW_CUSTOMER =
      aBooking()
          .id(21)
          .store("1000001")
          .name("김예시")
          .phone("010-0000-0021")
          .status("RC03")
          .startingAt("2026-11-27 15:00")
          .withOption("네이버 포토리뷰 참여", 1)
          .build();

  private final ScriptedSmsSender sms = new ScriptedSmsSender();
  private final RecordingNotifier telegram = new RecordingNotifier();
  private final RecordingEventLog log = new RecordingEventLog();

  private CycleResult runAt2010(OptOutSource optOuts) {
    FixedBookingSource source = new FixedBookingSource(List.of(REVIEW_CUSTOMER));
    CycleParts.Factory parts =
        cycleLog ->
            new CycleParts(
                () -> new NaverAccess.Access.Opened(source), sms, Channels.of(telegram, null));
    return new Cycle(
            SHIPPED,
            parts,
            new InMemoryStateStore(),
            Planner::planWithoutSkips,
            Optional.empty(),
            Channels.of(telegram, null),
            log,
            new RecordingMetrics(),
            Clock.fixed(kst("2026-11-27 20:10"), ZoneOffset.UTC),
            CycleSettings.defaults(),
            (day, at) -> true,
            CarrierReport.none(),
            optOuts)
        .run("req-optouts");
  }

  @Test
  void unreadableList_noAdvertising_informationalStillSent_warnedAndTold() {
    CycleResult result =
        runAt2010(() -> {
          throw new OptOutUnavailable("SENS unsubscribe list: HTTP 503");
        });

    assertThat(result.exitCode()).isZero();
    assertThat(sms.messages())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.text()).contains("예약이 확정되었습니다");
          assertThat(((Message.Sms) m).advertising()).isFalse();
        });
    assertThat(log.withField(LogField.ERROR_TYPE, "OptOutListUnreadable"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.level()).isEqualTo(LogEvent.Level.WARN);
          assertThat(e.fields())
              .containsEntry(
                  LogField.ERROR_MESSAGE, "OptOutUnavailable: SENS unsubscribe list: HTTP 503");
        });
    assertThat(telegram.texts()).containsOnlyOnce(CycleMessages.OPT_OUTS_UNREADABLE);
  }

  @Test
  void readableList_theSameCycleSendsTheAdvertisementToo() {
    runAt2010(OptOutSource.none());

    assertThat(sms.messages())
        .extracting(m -> ((Message.Sms) m).advertising())
        .containsExactlyInAnyOrder(false, true);
    assertThat(log.withField(LogField.ERROR_TYPE, "OptOutListUnreadable")).isEmpty();
    assertThat(telegram.texts()).doesNotContain(CycleMessages.OPT_OUTS_UNREADABLE);
  }
}
