package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 items 2 and 3 from outside. One {@code naver-sms run} against the simulator, whose
 * partner API serves bookings with an emoji name, a right-to-left override in a name, a phone given
 * as {@code +82 10-…}, and phones that are not a Korean mobile number ({@code 123}, 22 digits, two
 * numbers on two lines, letters, a cut {@code +8210…}). The simulated SENS gets exactly the
 * messages of the good bookings (the emoji customer's confirmation and door-code guide included,
 * without the emoji); the bad-phone bookings are reported (stdout, log, Telegram summary) with the
 * phone masked, and nothing is sent to them.
 */
class HostileBookingValuesE2ETest {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String STORE = "1000001";

  /** name, phone as Naver serves it, the digits SENS must see (null: never sent). */
  private static final List<List<String>> GOOD =
      List.of(
          List.of("김민수😀", "01000000301", "01000000301"),
          List.of("\u202E수민이\u202C👍🏽", "01000000302", "01000000302"),
          List.of("박예시", "+82 10-0000-0303", "01000000303"));

  private static final List<String> BAD_PHONES =
      List.of(
          "123",
          "0100000030401000000305",
          "01000000306\n01000000307",
          "010-OOOO-0308",
          "+8210000309");

  @Test
  void oddCharactersNeverBlockACustomer_andBadPhonesAreReportedNeverSent(@TempDir Path work) {
    OffsetDateTime slot =
        OffsetDateTime.now(ZoneOffset.ofHours(9)).plusMinutes(70).truncatedTo(ChronoUnit.MINUTES);
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      for (List<String> g : GOOD) {
        control.addBooking(STORE, g.get(0), g.get(1), slot);
      }
      Map<String, String> badIds = new LinkedHashMap<>();
      for (int i = 0; i < BAD_PHONES.size(); i++) {
        long id = control.addBooking(STORE, "오류" + i, BAD_PHONES.get(i), slot);
        badIds.put(String.valueOf(id), BAD_PHONES.get(i));
      }

      Result run =
          Product.run(
                  sim.env(),
                  work,
                  RUN_TIMEOUT,
                  "run",
                  "--config",
                  Repo.config().toString(),
                  "--init-state")
              .assertNoFullPhone();
      run.assertExit(0);

      // exactly the good bookings' confirmation and guide (inside two hours), nothing else
      List<JsonNode> accepted = control.sensAccepted();
      assertThat(accepted).as(run.describe()).hasSize(2 * GOOD.size());
      for (List<String> g : GOOD) {
        List<JsonNode> sms = control.sensAcceptedTo(g.get(2));
        assertThat(sms).as("SMS to %s\n%s", g.get(2), run.describe()).hasSize(2);
        for (JsonNode m : sms) {
          String content = m.path("content").asText();
          assertThat(content).doesNotContain("😀", "👍", "\u202E", "\u202C", "\uD83C\uDFFD");
        }
      }
      assertThat(firstLines(control, "01000000301")).anyMatch(l -> l.startsWith("김민수 고객님"));
      assertThat(firstLines(control, "01000000302")).anyMatch(l -> l.startsWith("수민이 고객님"));
      assertThat(accepted)
          .extracting(m -> m.path("to").asText())
          .allMatch(to -> to.matches("0100000030[123]"));

      // each bad booking: reported by id and field, its phone masked, on stdout and in the log
      for (Map.Entry<String, String> bad : badIds.entrySet()) {
        assertThat(run.stdout())
            .as(run.describe())
            .containsPattern("problem: .*booking " + bad.getKey() + ".*field 'phone'");
        assertThat(run.stderr()).containsPattern("booking skipped: .*booking " + bad.getKey());
      }
      assertThat(run.stdout())
          .contains("got 22 digits (010-****-0305)")
          .contains("with a line break (two numbers?)")
          .doesNotContain("0100000030401000000305", "01000000306", "01000000307");
      assertThat(run.stderr())
          .contains("SMS value changed so SENS can carry it: booking.name (김*수)")
          .doesNotContain("김민수😀");

      // the operators' summary names the bookings, never a value
      List<String> telegram =
          control.telegram().stream().map(m -> m.path("text").asText()).toList();
      assertThat(telegram)
          .anySatisfy(t -> assertThat(t).contains("예약 정보 오류 " + BAD_PHONES.size() + "건"));
      assertThat(String.join("\n", telegram)).doesNotContain("0100000030401000000305");
    }
  }

  private static List<String> firstLines(SimControl control, String phone) {
    return control.sensAcceptedTo(phone).stream()
        .map(m -> m.path("content").asText().lines().findFirst().orElse(""))
        .toList();
  }
}
