package com.naversms.core.config;

import com.naversms.core.rules.Action;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.Rule;
import com.naversms.core.template.BrokenTemplate;
import java.util.ArrayList;
import java.util.List;

/** Disabled rules that name templates no file defines: fine now, an error once enabled. */
final class UnresolvedReferences {
  private UnresolvedReferences() {}

  static List<String> of(Configuration config) {
    List<String> out = new ArrayList<>();
    for (Rule rule : config.rules()) {
      for (Action action : rule.actions()) {
        String missing =
            switch (action) {
              case Action.SendSms s when !smsExists(config, s.template()) ->
                  "SMS template \"" + s.template() + "\"";
              case Action.SendTelegram t when t.text() instanceof BrokenTemplate ->
                  "Telegram template \"" + t.templateName() + "\"";
              case Action.SendSlack s when s.text() instanceof BrokenTemplate ->
                  "Slack template \"" + s.templateName() + "\"";
              default -> null;
            };
        if (missing != null) {
          out.add(
              "disabled rule \""
                  + rule.name()
                  + "\" at "
                  + rule.location().file()
                  + ":"
                  + rule.location().line()
                  + " names "
                  + missing
                  + ", which does not exist; enabling the rule will fail");
        }
      }
    }
    return out;
  }

  private static boolean smsExists(Configuration config, String name) {
    var sms = config.smsTemplates();
    return switch (name) {
      case "confirmation", "confirm", "booking_confirm" ->
          sms.named("booking_confirm").isPresent()
              || sms.named("confirmation").isPresent()
              || sms.named("confirm").isPresent();
      case SmsTemplatesReader.GUIDE -> !sms.guides().isEmpty();
      default -> sms.named(name).isPresent();
    };
  }
}
