package com.naversms.core.plan;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.config.ConfigLoader;
import com.naversms.core.rules.Configuration;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner chooses the channel from the config alone: a template with an AlimTalk variant is
 * planned as AlimTalk (approved text and links filled, the store's channel, its SMS/LMS as the
 * failover), the same way every time; the plan's flat list still shows the SMS/LMS.
 */
class PlannerAlimTalkTest {
  @TempDir Path dir;

  Configuration config(String alimTalkYaml) throws IOException, URISyntaxException {
    Path base = Path.of(getClass().getClassLoader().getResource("config-invalid/_base").toURI());
    try (Stream<Path> files = Files.list(base)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    if (alimTalkYaml != null) {
      Files.writeString(dir.resolve("alimtalk_templates.yaml"), alimTalkYaml);
    }
    return ConfigLoader.load(dir);
  }

  static final String VARIANT =
      """
      plus_friend_id:
        default: "@테스트스튜디오"
        stores:
          "1000001": "@테스트일번점"
      templates:
        booking_confirm:
          template_code: "TESTCONFIRM01"
          text: |
            #{고객명}님, 예약이 확정되었습니다 🎉
          variables:
            고객명: "{{ booking.name }}"
            번호: "{{ booking.book_id }}"
          buttons:
            - type: WL
              name: "예약 확인"
              url: "https://booking.example.com/#{번호}"
            - type: BK
              name: "문의"
      """;

  Plan plan(Configuration config) {
    return Planner.plan(
        List.of(
            aBooking()
                .id(4242)
                .store("1000001")
                .name("김민준")
                .startingAt("2026-11-27 15:00")
                .build()),
        Map.of(),
        kst("2026-11-27 14:10"),
        config);
  }

  static Delivery.Send send(Plan plan) {
    return plan.deliveries().stream()
        .flatMap(d -> d.steps().stream())
        .filter(s -> s instanceof Delivery.Send)
        .map(s -> (Delivery.Send) s)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTemplateWithAVariant_isPlannedAsAlimTalkWithItsSmsAsFailover() throws Exception {
    Configuration config = config(VARIANT);

    Delivery.Send send = send(plan(config));

    assertThat(send.message()).isInstanceOf(Message.AlimTalk.class);
    Message.AlimTalk a = (Message.AlimTalk) send.message();
    assertThat(a.text()).isEqualTo("김민준님, 예약이 확정되었습니다 🎉\n");
    assertThat(a.templateCode()).isEqualTo("TESTCONFIRM01");
    assertThat(a.plusFriendId()).isEqualTo("@테스트일번점");
    assertThat(a.buttons())
        .containsExactly(
            new Message.AlimTalk.Button("WL", "예약 확인", "https://booking.example.com/4242"),
            new Message.AlimTalk.Button("BK", "문의", ""));
    assertThat(a.failover().text()).isEqualTo("김민준님, 예약이 확정되었습니다.\n");
    assertThat(a.to()).isEqualTo(a.failover().to());
    assertThat(send(plan(config))).as("deterministic").isEqualTo(send);
  }

  @Test
  void theFlatListAndItsJson_showTheSmsAsWithoutAVariant() throws Exception {
    Configuration withVariant = config(VARIANT);
    Plan plan = plan(withVariant);
    Files.delete(dir.resolve("alimtalk_templates.yaml"));
    Plan without = plan(ConfigLoader.load(dir));

    assertThat(plan.actions()).isEqualTo(without.actions());
    assertThat(send(without).message()).isInstanceOf(Message.Sms.class);
  }
}
