package com.naversms.core.plan;

import static com.naversms.core.plan.PlanAssertions.plan;
import static com.naversms.core.plan.PlanAssertions.sms;
import static com.naversms.core.plan.PlanAssertions.summary;
import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.RecordBuilder.aRecordFor;
import static com.naversms.core.rules.fixtures.TestConfig.rule;
import static com.naversms.core.rules.fixtures.TestConfig.telegram;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.fixtures.TestConfig;
import com.naversms.core.rules.fixtures.TestTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerActionsTest {
  private static final String NOW = "2026-11-27 13:30";
  private static final Condition ALWAYS = new Condition.All(List.of());
  private final Booking booking = aBooking().id(7).startingAt("2026-11-27 15:00").build();

  @Test
  void sendSms_withoutUpdateFlag_isGuardedByACustomFlag() {
    var config = TestConfig.withRules(rule("promo", ALWAYS, new Action.SendSms("event", false)));
    assertThat(sms(plan(NOW, config, booking)).get(0).flag()).isEqualTo("custom_event_sms");
  }

  @Test
  void sendSms_whoseFlagIsAlreadySet_isSkippedAsSentBefore() {
    var config = TestConfig.withRules(rule("promo", ALWAYS, new Action.SendSms("event", false)));
    var records = aRecordFor(booking).extra("custom_event_sms", true).asMap();
    Plan plan = plan(NOW, config, records, booking);
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.skipped())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.condition()).isEqualTo("send_sms(event)");
          assertThat(s.reason()).isEqualTo("its flag custom_event_sms is already set: sent before");
        });
  }

  @Test
  void eachSendSmsBindsTheNextUnboundTrueUpdateFlag() {
    var config =
        TestConfig.withRules(
            rule(
                "two",
                ALWAYS,
                new Action.SendSms("confirm", false),
                new Action.SendSms("guide", true),
                new Action.UpdateFlag("option_sms", false),
                new Action.UpdateFlag("confirm_sms", true),
                new Action.UpdateFlag("remind_sms", true),
                new Action.SendSms("event", false)));
    assertThat(sms(plan(NOW, config, booking)))
        .extracting(PlannedAction.SendSms::template, PlannedAction.SendSms::flag)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("confirmation", "confirm_sms"),
            org.assertj.core.groups.Tuple.tuple("guide", "remind_sms"),
            org.assertj.core.groups.Tuple.tuple("event", "custom_event_sms"));
  }

  @Test
  void sameTemplateTwiceForABooking_plannedOnce_laterRuleSkippedWithItsFlag() {
    var config =
        TestConfig.withRules(
            rule(
                "first",
                ALWAYS,
                new Action.SendSms("confirm", false),
                new Action.UpdateFlag("confirm_sms", true)),
            rule(
                "second",
                ALWAYS,
                new Action.SendSms("confirmation", false),
                new Action.UpdateFlag("custom_again", true),
                telegram("again")));
    Plan plan = plan(NOW, config, booking);
    assertThat(summary(plan))
        .containsExactly(
            "1051707_7 first: send_sms(confirmation)",
            "1051707_7 first: update_flag(confirm_sms=true)",
            "1051707_7 second: send_telegram(again)");
    assertThat(plan.skipped())
        .extracting(Skip::rule, Skip::condition, Skip::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "second",
                "send_sms(confirmation)",
                "already planned by rule 'first' in this cycle"),
            org.assertj.core.groups.Tuple.tuple(
                "second",
                "update_flag(custom_again=true)",
                "the send_sms whose flag this sets is not planned"));
  }

  @Test
  void rulesSeeTheRecordAsAtTheStartOfTheCycle() {
    var config =
        TestConfig.withRules(
            rule("create", new Condition.BookingNotInDb(), new Action.CreateDbRecord()),
            rule("create again", ALWAYS, new Action.CreateDbRecord()),
            rule("needs record", new Condition.BookingInDb(), telegram("in db")));
    Plan plan = plan(NOW, config, booking);
    assertThat(summary(plan)).containsExactly("1051707_7 create: create_db_record");
    assertThat(plan.skipped())
        .extracting(Skip::rule, Skip::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "create again", "already planned by rule 'create' in this cycle"),
            org.assertj.core.groups.Tuple.tuple("needs record", "no record for 1051707_7"));
  }

  @Test
  void messageTypeFollowsEucKrBytes_90IsSms_91IsLms() {
    var templates =
        new java.util.HashMap<String, com.naversms.core.rules.SmsTemplates.SmsTemplate>();
    templates.put("t90", TestConfig.sms("t90", "가".repeat(45)));
    templates.put("t91", TestConfig.sms("t91", "가".repeat(45) + "a"));
    var base =
        TestConfig.withRules(
            rule("a", ALWAYS, new Action.SendSms("t90", false)),
            rule("b", ALWAYS, new Action.SendSms("t91", false)));
    var config =
        new com.naversms.core.rules.Configuration(
            base.rules(),
            base.stores(),
            new com.naversms.core.rules.SmsTemplates(templates, Map.of()),
            Map.of(),
            Map.of(),
            base.optionKeywords());
    assertThat(sms(plan(NOW, config, booking)))
        .extracting(PlannedAction.SendSms::bytes, PlannedAction.SendSms::messageType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(90, MessageType.SMS),
            org.assertj.core.groups.Tuple.tuple(91, MessageType.LMS));
  }

  @Test
  void guideForAStoreNotConfigured_isAProblem_otherBookingsAndRulesStillPlanned() {
    Booking unknownStore = aBooking().id(9).store("5550000").startingAt("2026-11-27 15:00").build();
    Plan plan = plan(NOW, TestConfig.legacyRules(), unknownStore, booking);
    assertThat(plan.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.bookingId()).isEqualTo("5550000_9");
          assertThat(p.source()).contains("Two-Hour Reminder");
          assertThat(p.field()).isEqualTo("actions[0] send_sms(guide) template");
          assertThat(p.reason())
              .isEqualTo("store 5550000 is not in stores.yaml, so it has no guide template");
        });
    // The failing rule plans nothing for that booking (no remind_sms flag without its guide);
    // its confirmation and the other booking are planned.
    assertThat(summary(plan))
        .filteredOn(s -> s.startsWith("5550000_9"))
        .containsExactly(
            "5550000_9 New Booking Confirmation: create_db_record",
            "5550000_9 New Booking Confirmation: send_sms(confirmation)",
            "5550000_9 New Booking Confirmation: update_flag(confirm_sms=true)",
            "5550000_9 New Booking Confirmation: send_telegram(예약확정 5550000 김민수 1234)");
    assertThat(sms(plan)).filteredOn(s -> s.bookingNum().equals("1051707_7")).hasSize(2);
  }

  @Test
  void templateRenderFailure_isAProblemNamingTheTemplate() {
    var config = TestConfig.withRules(rule("bad", ALWAYS, telegram("{{ booking.nickname }}")));
    Plan plan = plan(NOW, config, booking);
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("unknown variable 'booking.nickname'"));
  }

  @Test
  void bookingWithoutPhone_isAProblemForItsSms() {
    Booking noPhone = aBooking().phone("").build();
    var config = TestConfig.withRules(rule("r", ALWAYS, new Action.SendSms("event", false)));
    assertThat(plan(NOW, config, noPhone).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).isEqualTo("the booking has no phone number"));
  }

  @Test
  void slackDigest_oneMessagePerRuleAfterAllPerBookingActions() {
    var digest =
        new Action.SendSlack(
            "#staff",
            TestTemplate.of("전문가 보정 {{ count }}건: {{ bookings.0.name }}, {{ bookings.1.name }}"),
            null,
            true);
    var config =
        TestConfig.withRules(
            rule(
                "pro",
                new Condition.HasProEditOption(),
                digest,
                new Action.LogEvent("pro_edit", Map.of("kind", "digest"))));
    Booking a = aBooking().id(1).name("김하나").withOption("전문가 보정", 1).build();
    Booking b = aBooking().id(2).name("이둘").build();
    Booking c = aBooking().id(3).name("박셋").withOption("전문가 보정", 2).build();
    Plan plan = plan(NOW, config, a, b, c);
    assertThat(summary(plan))
        .containsExactly(
            "1051707_1 pro: log_event(pro_edit)",
            "1051707_3 pro: log_event(pro_edit)",
            " pro: send_slack(전문가 보정 2건: 김하나, 박셋)");
    var slack = (PlannedAction.SendSlack) plan.actions().get(2);
    assertThat(slack.channel()).isEqualTo("#staff");
    assertThat(slack.storeId()).isEmpty();
    assertThat(((PlannedAction.LogEvent) plan.actions().get(0)).fields())
        .containsEntry("kind", "digest");
  }

  @Test
  void slackDigest_noMatchingBooking_noMessage() {
    var digest = new Action.SendSlack("", TestTemplate.of("{{ count }}"), null, true);
    var config = TestConfig.withRules(rule("pro", new Condition.HasProEditOption(), digest));
    assertThat(plan(NOW, config, booking).actions()).isEmpty();
  }

  @Test
  void slackPerBooking_rendersWithTheBooking() {
    var slack =
        new Action.SendSlack(
            "#c", TestTemplate.of("{{ booking.name }} {{ store.alias }}"), null, false);
    var config = TestConfig.withRules(rule("s", ALWAYS, slack));
    assertThat(summary(plan(NOW, config, booking)))
        .containsExactly("1051707_7 s: send_slack(김민수 화성새솔점)");
  }
}
