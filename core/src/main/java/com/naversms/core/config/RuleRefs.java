package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.rules.SmsTemplates;
import java.util.List;
import java.util.Map;

/**
 * What rules may refer to: stores, SMS templates, named Telegram/Slack templates, the review-option
 * keywords. {@code strict} is false for a disabled rule, whose references to things that do not
 * exist are tolerated (the legacy file ships such rules); everything else is checked alike.
 */
record RuleRefs(
    Problems problems,
    Stores stores,
    SmsTemplates sms,
    Map<String, NamedTemplatesReader.Named> telegram,
    Map<String, NamedTemplatesReader.Named> slack,
    List<String> optionKeywords,
    boolean strict) {

  RuleRefs forRule(boolean enabled) {
    return new RuleRefs(problems, stores, sms, telegram, slack, optionKeywords, enabled);
  }

  /** The store sample contexts use: the first configured store, or a made-up one. */
  Store sampleStore() {
    return stores.all().isEmpty() ? SampleBookings.sampleStore("1000001") : stores.all().get(0);
  }
}
