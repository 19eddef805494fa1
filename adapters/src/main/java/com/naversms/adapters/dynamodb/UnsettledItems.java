package com.naversms.adapters.dynamodb;

import com.naversms.core.state.ClaimWindow;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.Unsettled;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The unsettled messages of one {@code sms} item: stale claims and exhausted messages. */
final class UnsettledItems {
  private static final String ATTEMPTS_SUFFIX = "_attempts";

  private UnsettledItems() {}

  static void collect(
      Map<String, AttributeValue> item,
      ClaimWindow live,
      int maxAttempts,
      Consumer<Unsettled> sink) {
    RecordKey key = null;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      String name = e.getKey();
      String number = e.getValue().n();
      if (number == null) {
        continue;
      }
      if (name.endsWith(DeliveryAttributes.CLAIM_SUFFIX)) {
        long since = Long.parseLong(number);
        if (live.isStale(since)) {
          key = key == null ? SmsItem.keyOf(item) : key;
          String flag = flagOf(name, DeliveryAttributes.CLAIM_SUFFIX);
          sink.accept(
              new Unsettled.StaleClaim(
                  new MessageKey(key, flag), Instant.ofEpochMilli(since), originOf(item, flag)));
        }
      } else if (name.endsWith(ATTEMPTS_SUFFIX)) {
        String flag = flagOf(name, ATTEMPTS_SUFFIX);
        DeliveryAttributes a = new DeliveryAttributes(flag);
        int attempts = new java.math.BigDecimal(number).intValue();
        AttributeValue flagValue = item.get(flag);
        boolean delivered = flagValue != null && Boolean.TRUE.equals(flagValue.bool());
        if (attempts >= maxAttempts && !delivered && !item.containsKey(a.claimedAt())) {
          key = key == null ? SmsItem.keyOf(item) : key;
          AttributeValue error = item.get(a.lastError());
          sink.accept(
              new Unsettled.Exhausted(
                  new MessageKey(key, flag),
                  attempts,
                  error == null || error.s() == null ? "" : error.s(),
                  originOf(item, flag)));
        }
      }
    }
  }

  /** The rule and template the flag's claim recorded; empty on items from before. */
  private static MessageOrigin originOf(Map<String, AttributeValue> item, String flag) {
    DeliveryAttributes a = new DeliveryAttributes(flag);
    return new MessageOrigin(text(item.get(a.rule())), text(item.get(a.template())));
  }

  private static String text(AttributeValue value) {
    return value == null || value.s() == null ? "" : value.s();
  }

  private static String flagOf(String attribute, String suffix) {
    return attribute.substring(0, attribute.length() - suffix.length());
  }
}
