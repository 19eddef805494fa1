package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 4 from outside: {@code naver-sms run} as a child process against the simulator, one
 * SQLite state, several runs; what the simulated Telegram and Slack received. Quiet cycles post
 * nothing, a sending cycle posts its summary once, {@code OPERATOR_SUMMARY=always} posts every
 * cycle's, and the daily digest goes out once from its hour, across processes.
 */
class OperatorChatE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";
  private static final String SUMMARY = "📊 문자 발송 결과";
  private static final String QUIET = "문자 발송 대상 없음";
  private static final String DIGEST = "📅 일일 요약";

  /** A slot five hours ahead: only the confirmation is due. */
  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static Result run(
      SimulatorProcess sim, Path work, Map<String, String> extra, String... a) {
    Map<String, String> env = new HashMap<>(sim.env());
    env.putAll(extra);
    List<String> args = new ArrayList<>(List.of("run", "--config", Repo.config().toString()));
    args.addAll(List.of(a));
    return Product.run(env, work, RUN_TIMEOUT, args.toArray(String[]::new)).assertNoFullPhone();
  }

  private static List<String> texts(List<com.fasterxml.jackson.databind.JsonNode> messages) {
    return messages.stream().map(m -> m.path("text").asText()).toList();
  }

  /** Telegram and Slack texts posted since the counts {@code before}. */
  private static List<String> since(SimControl control, int[] before) {
    List<String> out = new ArrayList<>();
    List<String> telegram = texts(control.telegram());
    List<String> slack = texts(control.slack());
    out.addAll(telegram.subList(before[0], telegram.size()));
    out.addAll(slack.subList(before[1], slack.size()));
    return out;
  }

  private static int[] counts(SimControl control) {
    return new int[] {control.telegram().size(), control.slack().size()};
  }

  @Test
  void quietCyclesPostNothing_aSendingCyclePostsOnce_alwaysPostsEveryCycle(@TempDir Path work) {
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      // the first run signs in (a browser login is worth a summary) and creates the state
      run(sim, work, Map.of(), "--init-state").assertExit(0);

      int[] before = counts(control);
      Result quiet = run(sim, work, Map.of()).assertExit(0);
      assertThat(since(control, before)).as("a quiet cycle's posts").isEmpty();
      assertThat(quiet.stderr())
          .contains("\"reason\":\"quiet_cycle\"")
          .contains("operator summary not posted: nothing happened");

      control.addBooking(STORE, "한예시", "01000000171", slotAhead());
      before = counts(control);
      run(sim, work, Map.of()).assertExit(0);
      List<String> telegram = texts(control.telegram()).subList(before[0], counts(control)[0]);
      List<String> slack = texts(control.slack()).subList(before[1], counts(control)[1]);
      assertThat(telegram).filteredOn(t -> t.startsWith(SUMMARY)).hasSize(1);
      assertThat(slack).filteredOn(t -> t.startsWith(SUMMARY)).hasSize(1);
      assertThat(telegram)
          .filteredOn(t -> t.startsWith(SUMMARY))
          .first()
          .asString()
          .contains("발송 1건");
      assertThat(control.sensAcceptedTo("01000000171")).hasSize(1);

      before = counts(control);
      run(sim, work, Map.of()).assertExit(0);
      assertThat(since(control, before)).as("the next, quiet cycle's posts").isEmpty();

      before = counts(control);
      run(sim, work, Map.of("OPERATOR_SUMMARY", "always")).assertExit(0);
      assertThat(since(control, before))
          .as("OPERATOR_SUMMARY=always: a quiet cycle's summary, as before issue 14")
          .containsExactly(QUIET, QUIET);
    }
  }

  @Test
  void theDailyDigestGoesOutOnceFromItsHour_acrossProcesses(@TempDir Path work) {
    int hour = OffsetDateTime.now(ZoneOffset.ofHours(9)).getHour();
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", "01000000172", slotAhead());
      if (hour < 23) {
        // before its hour the digest is not due
        run(sim, work, Map.of("DAILY_DIGEST_HOUR", String.valueOf(hour + 1)), "--init-state")
            .assertExit(0);
      } else {
        run(sim, work, Map.of(), "--init-state").assertExit(0);
      }
      assertThat(texts(control.telegram())).noneMatch(t -> t.startsWith(DIGEST));
      assertThat(control.sensAcceptedTo("01000000172")).hasSize(1);

      Map<String, String> due = Map.of("DAILY_DIGEST_HOUR", String.valueOf(hour));
      int[] before = counts(control);
      run(sim, work, due).assertExit(0);
      List<String> posted = since(control, before);
      assertThat(posted).as("the digest, to Telegram and Slack").hasSize(2);
      assertThat(posted)
          .allSatisfy(t ->
              assertThat(t)
                  .startsWith(DIGEST)
                  .contains(String.format("%02d:00 KST", hour))
                  .contains("오늘 발송 1건")
                  .contains("강남점 (" + STORE + "): confirmation 1")
                  .contains("전달 불확실 (미해결) 0건")
                  .containsPattern("메시지 비용 (알림톡|SMS|LMS) 1건 [0-9.,]+원, 합계 [0-9.,]+원")
                  .containsPattern("모두 문자였다면 [0-9.,]+원, [0-9]+%")
                  .doesNotContain("01000000172")
                  .doesNotContain("한예시"));

      before = counts(control);
      run(sim, work, due).assertExit(0);
      run(sim, work, due).assertExit(0);
      assertThat(since(control, before)).as("later cycles of the same day").isEmpty();
    }
  }
}
