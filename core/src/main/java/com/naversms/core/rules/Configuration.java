package com.naversms.core.rules;

import com.naversms.core.booking.Stores;
import com.naversms.core.template.Template;
import java.util.List;
import java.util.Map;

/**
 * Everything the planner needs from the config folder, validated: rules in file order, stores, SMS
 * templates, named Telegram/Slack templates and the review-option keywords.
 */
public record Configuration(
    List<Rule> rules,
    Stores stores,
    SmsTemplates smsTemplates,
    Map<String, Template> telegramTemplates,
    Map<String, Template> slackTemplates,
    List<String> optionKeywords) {
  public Configuration {
    rules = List.copyOf(rules);
    telegramTemplates = Map.copyOf(telegramTemplates);
    slackTemplates = Map.copyOf(slackTemplates);
    optionKeywords = List.copyOf(optionKeywords);
  }
}
