package com.naversms.core.delivery;

import static com.naversms.core.delivery.PlanBuilder.aPlan;
import static com.naversms.core.delivery.PlanBuilder.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 9: two stuck claims of one booking, no longer planned, are told apart by their log
 * lines: each names the rule, the template and the flag its claim recorded.
 */
class StaleClaimLineTest {
  final Harness h = new Harness();
  final MessageKey confirm = new MessageKey(keyOf("1051707", 1001), Flags.CONFIRM);
  final MessageKey guide = new MessageKey(keyOf("1051707", 1001), Flags.REMIND);

  @Test
  void twoStaleClaimsOfOneBooking_eachLineNamesItsRuleTemplateAndFlag() {
    h.store.putClaim(
        confirm,
        new MessageOrigin("New booking confirmation", "booking_confirm"),
        h.now.minus(Duration.ofHours(1)));
    h.store.putClaim(
        guide,
        new MessageOrigin("Guide 2h before", "guide_gangnam"),
        h.now.minus(Duration.ofHours(1)));

    CycleReport report = h.run(aPlan().build());

    assertThat(report.uncertain()).isEqualTo(2);
    List<LogEvent> lines =
        h.log.events().stream()
            .filter(e -> "UncertainDelivery".equals(e.fields().get(LogField.ERROR_TYPE)))
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines)
        .anySatisfy(e -> {
          assertThat(e.fields())
              .containsEntry(LogField.RULE_NAME, "New booking confirmation")
              .containsEntry(LogField.TEMPLATE, "booking_confirm")
              .containsEntry(LogField.FLAG, Flags.CONFIRM)
              .containsEntry(LogField.BOOKING_ID, "1001");
          assertThat(e.message())
              .contains("rule New booking confirmation", "template booking_confirm", Flags.CONFIRM);
        })
        .anySatisfy(e ->
            assertThat(e.fields())
                .containsEntry(LogField.RULE_NAME, "Guide 2h before")
                .containsEntry(LogField.TEMPLATE, "guide_gangnam")
                .containsEntry(LogField.FLAG, Flags.REMIND));
    assertThat(report.uncertainDeliveries())
        .extracting(ActionResult::rule)
        .containsExactlyInAnyOrder("New booking confirmation", "Guide 2h before");
  }

  @Test
  void aClaimFromBeforeOriginsWereRecorded_saysTheyAreUnknown() {
    h.store.putClaim(confirm, h.now.minus(Duration.ofHours(1)));

    h.run(aPlan().build());

    assertThat(h.log.events())
        .filteredOn(e -> "UncertainDelivery".equals(e.fields().get(LogField.ERROR_TYPE)))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.fields()).doesNotContainKey(LogField.RULE_NAME);
          assertThat(e.message()).contains("rule unknown", "template unknown", Flags.CONFIRM);
        });
  }
}
