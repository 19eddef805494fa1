package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.template.TemplateContext;
import com.naversms.core.template.TemplateException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code send_slack digest: true}: one message per rule per cycle listing every booking the rule
 * matched. A digest spans stores, so it has no booking number and no store ({@code store.*} render
 * empty).
 */
final class Digests {
  private Digests() {}

  static void plan(
      Rule rule,
      List<Booking> matched,
      Instant now,
      Configuration config,
      Consumer<Delivery> deliveries,
      Consumer<BookingProblem> problems,
      String source) {
    Map<String, Object> variables =
        TemplateContext.forDigest(
            matched, null, LocalDateTime.ofInstant(now, Booking.SEOUL), config.optionKeywords());
    List<Delivery.Step> steps = new ArrayList<>();
    for (int i = 0; i < rule.actions().size(); i++) {
      if (rule.actions().get(i) instanceof Action.SendSlack slack && slack.digest()) {
        try {
          String text = slack.text().render(variables);
          String channel = slack.channel() == null ? "" : slack.channel();
          steps.add(new Delivery.Slack(channel, text));
        } catch (TemplateException e) {
          problems.accept(
              new BookingProblem(
                  source,
                  "",
                  "actions[" + i + "] send_slack(digest) text",
                  slack.text().origin() + ": " + e.getMessage()));
        }
      }
    }
    if (!steps.isEmpty()) {
      deliveries.accept(Delivery.digest(rule.name(), steps));
    }
  }
}
