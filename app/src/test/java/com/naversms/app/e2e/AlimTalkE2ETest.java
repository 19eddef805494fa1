package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 from outside: {@code bin/naver-sms run} as a child process against {@code bin/naver-sms
 * simulator} (real SQLite, real HTTP, the SENS AlimTalk API as the simulator plays it), with {@code
 * ALIMTALK_ENABLED=true} and a confirmation template that has an AlimTalk variant.
 */
class AlimTalkE2ETest {
  private static final Duration T = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORE = "1000001";
  private static final String CHANNEL = "@examplestudio";
  private static final String CODE = "EXCONFIRM01";

  /** The shipped confirmation's AlimTalk variant, as if Kakao approved it. */
  static final String VARIANT =
      """
      plus_friend_id:
        default: "@examplestudio"
      templates:
        booking_confirm:
          template_code: "EXCONFIRM01"
          text: |
            #{고객명} 고객님, 안녕하세요.
            #{매장명} 예약이 확정되었습니다 ✅
            - 이용 일시: #{이용일시}
          variables:
            고객명: "{{ booking.name }}"
            매장명: "{{ store.name }}"
            이용일시: "{{ booking.reserve_at }}"
      """;

  /** The shipped config with the confirmation's variant. */
  static Path config(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.config())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("alimtalk_templates.yaml"), VARIANT, StandardCharsets.UTF_8);
    return dir;
  }

  /** A slot five hours ahead: only the confirmation is due, in every run of the test. */
  private static OffsetDateTime slotAhead() {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(5).truncatedTo(ChronoUnit.MINUTES);
  }

  private static Map<String, String> env(SimulatorProcess sim, Path config, String... pairs) {
    Map<String, String> env = new HashMap<>(sim.env());
    env.put("NAVER_SMS_CONFIG_DIR", config.toString());
    env.put("ALIMTALK_ENABLED", "true");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static Result run(Map<String, String> env, Path work, String... args) {
    return Product.run(env, work, T, args).assertNoFullPhone();
  }

  private static JsonNode ledger(Map<String, String> env, Path work, String last4)
      throws IOException {
    Result r =
        run(env, work, "messages", "list", "--format", "json", "--phone", last4).assertExit(0);
    return JSON.readTree(r.stdout());
  }

  private static List<JsonNode> to(List<JsonNode> messages, String phone) {
    return messages.stream().filter(m -> m.path("to").asText().equals(phone)).toList();
  }

  private static long refusalAlerts(SimControl control) {
    return control.telegram().stream()
        .filter(m -> m.path("text").asText().contains("알림톡 발송 거부"))
        .count();
  }

  @Test
  void confirmation_goesAsAlimTalk_andIsRecordedDelivered(@TempDir Path work) throws Exception {
    String phone = "01000001701";
    Path config = config(work.resolve("config"));
    try (SimulatorProcess sim =
        SimulatorProcess.start("--bookings-per-store", "0", "--config", config.toString())) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", phone, slotAhead());
      Map<String, String> env = env(sim, config);

      run(env, work, "run", "--init-state").assertExit(0);
      run(env, work, "run").assertExit(0); // the carrier check of the message sent before

      JsonNode sent = to(control.alimTalkAccepted(), phone).getFirst();
      assertThat(to(control.alimTalkAccepted(), phone)).hasSize(1);
      assertThat(sent.path("templateCode").asText()).isEqualTo(CODE);
      assertThat(sent.path("plusFriendId").asText()).isEqualTo(CHANNEL);
      assertThat(sent.path("content").asText()).startsWith("한예시 고객님, 안녕하세요.");
      assertThat(sent.path("failover").path("content").asText()).contains("예약이 확정되었습니다");
      assertThat(control.sensAcceptedTo(phone)).isEmpty();
      JsonNode entries = ledger(env, work, "1701");
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).path("channel").asText()).isEqualTo("alimtalk");
      assertThat(entries.get(0).path("state").asText()).isEqualTo("delivered");
      assertThat(entries.get(0).path("carrier").has("first_leg")).isFalse();
    }
  }

  @Test
  void notAKakaoTalkUser_getsTheFailoverSms_recordedAsOneMessage(@TempDir Path work)
      throws Exception {
    String phone = "01000001702";
    Path config = config(work.resolve("config"));
    try (SimulatorProcess sim =
        SimulatorProcess.start("--bookings-per-store", "0", "--config", config.toString())) {
      SimControl control = sim.control();
      control.outcome(Map.of("to", phone, "channel", "alimtalk", "result", "not_kakao_user"));
      control.addBooking(STORE, "한예시", phone, slotAhead());
      Map<String, String> env = env(sim, config);

      run(env, work, "run", "--init-state").assertExit(0);
      run(env, work, "run").assertExit(0);
      run(env, work, "run").assertExit(0);

      assertThat(to(control.alimTalkAccepted(), phone)).hasSize(1);
      assertThat(control.sensAcceptedTo(phone))
          .as("the failover is SENS's, not a second send")
          .isEmpty();
      JsonNode entries = ledger(env, work, "1702");
      assertThat(entries).hasSize(1);
      JsonNode e = entries.get(0);
      assertThat(e.path("channel").asText()).isEqualTo("alimtalk");
      assertThat(e.path("state").asText()).isEqualTo("delivered");
      assertThat(e.path("carrier").path("first_leg").asText()).startsWith("AlimTalk 3019");
      assertThat(e.path("carrier").path("code").asText()).isEqualTo("0");
    }
  }

  @Test
  void unknownTemplate_goesAsSmsInTheSameCycle_oneMessageEach_oneAlert(@TempDir Path work)
      throws Exception {
    List<String> phones = List.of("01000001703", "01000001704");
    Path config = config(work.resolve("config"));
    // the channel is known, the confirmation's code is not approved for it
    try (SimulatorProcess sim = SimulatorProcess.start("--bookings-per-store", "0")) {
      SimControl control = sim.control();
      control.approveAlimTalk(CHANNEL, "OTHER01", "#{고객명}님, 다른 안내입니다.");
      phones.forEach(p -> control.addBooking(STORE, "한예시", p, slotAhead()));
      Map<String, String> env = env(sim, config);

      Result first = run(env, work, "run", "--init-state").assertExit(0);
      run(env, work, "run").assertExit(0);

      assertThat(control.alimTalkAccepted()).isEmpty();
      for (String phone : phones) {
        assertThat(control.sensAcceptedTo(phone))
            .singleElement()
            .satisfies(m -> assertThat(m.path("content").asText()).contains("예약이 확정되었습니다"));
      }
      assertThat(refusalAlerts(control)).isEqualTo(1);
      assertThat(first.jsonLines())
          .filteredOn(l -> l.path("error_type").asText().equals("AlimTalkRefused"))
          .singleElement()
          .satisfies(
              l -> assertThat(l.path("error_message").asText()).contains("TEMPLATE_NOT_FOUND"));
      JsonNode entries = ledger(env, work, "1703");
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).path("channel").asText()).isEqualTo("sms");
    }
  }

  @Test
  void killSwitch_holdsForAlimTalk(@TempDir Path work) throws Exception {
    String phone = "01000001705";
    Path config = config(work.resolve("config"));
    try (SimulatorProcess sim =
        SimulatorProcess.start("--bookings-per-store", "0", "--config", config.toString())) {
      SimControl control = sim.control();
      control.addBooking(STORE, "한예시", phone, slotAhead());

      Result off =
          run(env(sim, config, "SENS_DELIVERY_ENABLED", "false"), work, "run", "--init-state");
      Result comparison =
          run(env(sim, config, "COMPARISON_MODE", "true"), work, "run", "--init-state");

      assertThat(off.exit()).as(off.describe()).isIn(0, 1);
      assertThat(comparison.exit()).as(comparison.describe()).isIn(0, 1);
      assertThat(control.alimTalkAccepted()).isEmpty();
      assertThat(control.sensAccepted()).isEmpty();

      run(env(sim, config), work, "run", "--init-state").assertExit(0);
      assertThat(to(control.alimTalkAccepted(), phone)).as("it was due all along").hasSize(1);
    }
  }
}
