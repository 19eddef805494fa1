package com.naversms.core.rules;

import com.naversms.core.booking.Stores;
import com.naversms.core.cost.CostTable;
import com.naversms.core.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the planner needs from the config folder, validated: rules in file order, stores, SMS
 * templates, named Telegram/Slack templates, the review-option keywords and the {@code quiet_hours}
 * at the top of rules.yaml (empty: none, the legacy behaviour), and the optional Kakao AlimTalk
 * variants of the SMS templates ({@code alimtalk_templates.yaml}; none: every message is SMS/LMS)
 * and the KRW per message of each channel ({@code costs.yaml}; none: {@link CostTable#DEFAULTS}).
 */
public record Configuration(
    List<Rule> rules,
    Stores stores,
    SmsTemplates smsTemplates,
    Map<String, Template> telegramTemplates,
    Map<String, Template> slackTemplates,
    List<String> optionKeywords,
    Optional<QuietWindow> quietHours,
    AlimTalkTemplates alimTalk,
    CostTable costs) {
  public Configuration {
    rules = List.copyOf(rules);
    telegramTemplates = Map.copyOf(telegramTemplates);
    slackTemplates = Map.copyOf(slackTemplates);
    optionKeywords = List.copyOf(optionKeywords);
    quietHours = quietHours == null ? Optional.empty() : quietHours;
    alimTalk = alimTalk == null ? AlimTalkTemplates.none() : alimTalk;
    costs = costs == null ? CostTable.DEFAULTS : costs;
  }

  /**
   * A configuration without AlimTalk variants (every message goes as SMS/LMS) at the default
   * prices.
   */
  public Configuration(
      List<Rule> rules,
      Stores stores,
      SmsTemplates smsTemplates,
      Map<String, Template> telegramTemplates,
      Map<String, Template> slackTemplates,
      List<String> optionKeywords,
      Optional<QuietWindow> quietHours) {
    this(
        rules,
        stores,
        smsTemplates,
        telegramTemplates,
        slackTemplates,
        optionKeywords,
        quietHours,
        AlimTalkTemplates.none(),
        CostTable.DEFAULTS);
  }

  /** A configuration without {@code quiet_hours} (the legacy rules.yaml): no quiet hours. */
  public Configuration(
      List<Rule> rules,
      Stores stores,
      SmsTemplates smsTemplates,
      Map<String, Template> telegramTemplates,
      Map<String, Template> slackTemplates,
      List<String> optionKeywords) {
    this(
        rules,
        stores,
        smsTemplates,
        telegramTemplates,
        slackTemplates,
        optionKeywords,
        Optional.empty());
  }
}
