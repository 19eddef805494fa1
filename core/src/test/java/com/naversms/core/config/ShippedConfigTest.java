package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Store;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Condition;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ShippedConfigTest {
  public static final Path SHIPPED = Path.of("..", "config");

  @Test
  void shippedConfigLoads_withTheLegacyRulesFirstAndTheExamplesDisabled() {
    Configuration config = ConfigLoader.load(SHIPPED);

    assertThat(config.rules())
        .extracting(Rule::name, Rule::enabled)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("New Booking Confirmation", true),
            org.assertj.core.groups.Tuple.tuple("Two-Hour Confirmation Sync", true),
            org.assertj.core.groups.Tuple.tuple("Two-Hour Reminder", true),
            org.assertj.core.groups.Tuple.tuple("Evening Option SMS", true));
    assertThat(config.rules().subList(4, config.rules().size()))
        .hasSize(9) // examples a-g, the reschedule and cancellation notices (issue 15)
        .allSatisfy(r -> assertThat(r.enabled()).isFalse());
    assertThat(config.optionKeywords()).containsExactly("네이버", "인스타", "원본");
    assertThat(config.stores().all())
        .extracting(Store::id)
        .startsWith("1000001", "1000002", "1000003");
    assertThat(config.stores().senderFor("1000002")).isEqualTo("01000000002");
    assertThat(config.stores().senderFor("9999999")).isEqualTo("01000000001");
    assertThat(config.smsTemplates().named().keySet())
        .contains(
            "booking_confirm",
            "event",
            "aa",
            "bb",
            "cc",
            "reschedule_notice",
            "cancellation_notice");
    assertThat(config.smsTemplates().guides().keySet()).contains("1000001", "1000002", "1000003");
    assertThat(config.slackTemplates()).containsKey("event_customer_digest");
  }

  @Test
  void shippedExample_hasAlimTalkVariantsForTheConfirmationAndEveryGuide_andTheDefaultPrices() {
    Configuration config = ConfigLoader.load(SHIPPED);

    assertThat(config.alimTalk().variants().keySet())
        .containsExactlyInAnyOrder(
            "booking_confirm", "guide.1000001", "guide.1000002", "guide.1000003");
    assertThat(config.alimTalk().defaultChannel()).isEqualTo("@examplestudio");
    assertThat(config.costs()).isEqualTo(com.naversms.core.cost.CostTable.DEFAULTS);
  }

  @Test
  void newBookingConfirmation_alsoRequiresConfirmedStatus() {
    Rule first = ConfigLoader.load(SHIPPED).rules().get(0);

    assertThat(first.condition())
        .isEqualTo(
            new Condition.All(
                List.of(new Condition.BookingNotInDb(), new Condition.BookingStatus("RC03"))));
    assertThat(first.actions().get(1)).isEqualTo(new Action.SendSms("confirmation", false));
    assertThat(first.location())
        .isEqualTo(new com.naversms.core.rules.SourceLocation("rules.yaml", "rules[0]", 23));
  }

  @Test
  void timingExamples_readAsTheirConditions() {
    List<Rule> rules = ConfigLoader.load(SHIPPED).rules();
    Rule dayBefore = named(rules, "Example E - Day Before Reminder");
    Rule afterVisit = named(rules, "Example F - After Visit Thanks");
    Rule profile = named(rules, "Example G - Profile Product Guide");

    assertThat(((Condition.All) dayBefore.condition()).conditions())
        .contains(new Condition.TimeBeforeBooking(Duration.ofHours(24), Duration.ofHours(20)));
    assertThat(((Condition.All) afterVisit.condition()).conditions())
        .contains(new Condition.TimeAfterBookingEnd(Duration.ofHours(1), Duration.ofHours(12)));
    assertThat(((Condition.All) profile.condition()).conditions())
        .startsWith(
            new Condition.BizItem(List.of("프로필")),
            new Condition.TimeBeforeBooking(Duration.ofMinutes(90), Duration.ofMinutes(30)));
  }

  private static Rule named(List<Rule> rules, String name) {
    return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
