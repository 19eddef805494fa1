package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.template.TemplateContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A made-up config folder in the legacy files' exact structure loads unchanged. */
class LegacyConfigTest {
  private static final Map<String, Object> NO_VARIABLES = Map.of();

  private static Configuration load() throws Exception {
    return ConfigLoader.load(InvalidConfigTest.resource("config-legacy"));
  }

  @Test
  void legacyRulesLoad_includingDisabledRulesNamingMissingTemplates() throws Exception {
    Configuration config = load();

    assertThat(config.rules()).hasSize(10);
    assertThat(config.rules()).filteredOn(Rule::enabled).hasSize(4);
    Rule last = config.rules().get(9);
    assertThat(last.actions()).containsExactly(new Action.SendSms("custom_promotion", false));
    assertThat(last.condition())
        .isEqualTo(
            new Condition.All(
                List.of(
                    new Condition.DateRange(
                        java.time.LocalDate.of(2025, 11, 1), java.time.LocalDate.of(2025, 11, 30)),
                    new Condition.StoreIdMatches(List.of("2000001")))));
    assertThat(config.rules().get(3).condition())
        .isEqualTo(
            new Condition.All(
                List.of(
                    new Condition.CurrentHour(20),
                    new Condition.DateIsToday(),
                    new Condition.FlagNotSet("option_sms"),
                    new Condition.HasOptionKeyword(List.of("네이버", "인스타", "원본")),
                    new Condition.BookingStatusAny(List.of("RC08", "RC03")))));
    assertThat(config.rules().get(7).actions().get(1))
        .isEqualTo(new Action.LogEvent("sms_failure", Map.of()));
    assertThat(config.optionKeywords()).containsExactly("네이버", "인스타", "원본");
  }

  @Test
  void legacyStoresLoad_withTheLegacyAlias() throws Exception {
    Configuration config = load();

    assertThat(config.stores().all())
        .extracting(Store::id, Store::alias, Store::guideTemplate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2000001", "가상스튜디오가가일번점", "2000001"),
            org.assertj.core.groups.Tuple.tuple("2000002", "가상스튜디오나나점", "2000002"),
            org.assertj.core.groups.Tuple.tuple("300003", "가상스튜디오다다점", "300003"));
    assertThat(config.stores().senderFor("2000002")).isEqualTo("01000000011");
    assertThat(StoresReader.legacyAlias("다비스튜디오 예시 일번점", "1")).isEqualTo("예시일번점");
    assertThat(StoresReader.legacyAlias("", "867")).isEqualTo("867");
  }

  @Test
  void legacyTemplateWhitespace_isKeptByteForByte() throws Exception {
    var sms = load().smsTemplates();

    assertThat(sms.named("event").orElseThrow().content().render(NO_VARIABLES))
        .isEqualTo("\n고객님~ 안녕하세요, 가상스튜디오예요 :)\n\n리뷰이벤트는 등록 하셨을까요?\n좋은 하루 보내세요 :D\n        \n");
    assertThat(sms.named("booking_confirm").orElseThrow().subject()).isEqualTo("가상스튜디오 안내");
    assertThat(sms.guide("2000001").orElseThrow().content().render(NO_VARIABLES))
        .isEqualTo(
            "고객님, 안녕하세요\n-도어락 비밀번호 : 0000*\n\n-와이파이 ID : TEST_WIFI_1\n"
                + "(내가 촬영할 때 셀렉실에서 전 타임 셀렉)\n  ㄴ 쿠폰 사용 고객님은 100분 이용입니다 :)\n");
    assertThat(sms.guide("2000002").orElseThrow().content().render(NO_VARIABLES))
        .isEqualTo("\n        안녕하세요! 고객님~\n나나점 이용 안내 드립니다.\n        \n");
    assertThat(sms.guide("300003").orElseThrow().content().render(NO_VARIABLES))
        .isEqualTo("다다점 안내\n \n문의사항 있다면 연락 부탁 드릴께요!\n        \n");
    assertThat(sms.guide("2000001").orElseThrow().content().origin())
        .isEqualTo("sms_templates.yaml: templates.guide.stores.2000001");
  }

  @Test
  void legacyTelegramAndSlackTemplatesLoad_andTheDigestRendersAList() throws Exception {
    Configuration config = load();
    Booking booking =
        new Booking(
            7,
            "2000001",
            "김보정",
            "01000001111",
            "RC03",
            Instant.parse("2026-11-27T05:00:00Z"),
            null,
            List.of(new Booking.BookingOption("전문가 보정", 3, 5000, "CUSTOM")),
            List.of(),
            List.of(),
            new Booking.Prices(0, 0, 0),
            null,
            null,
            null,
            Map.of());

    assertThat(config.telegramTemplates().keySet())
        .containsExactlyInAnyOrder("sms_confirmation", "daily_sms_summary", "error_alert");
    String text =
        config
            .slackTemplates()
            .get("expert_correction_digest")
            .render(
                TemplateContext.forDigest(
                    List.of(booking),
                    config.stores().all().get(0),
                    LocalDateTime.of(2026, 11, 27, 12, 10),
                    config.optionKeywords()));
    assertThat(text)
        .isEqualTo("보정 요청 현황:\n\n• 김보정 (010-****-1111) - 보정 건수: 3\n\n총 1건의 보정 요청이 있습니다.\n");
  }
}
