package com.naversms.adapters.dynamodb;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordUpdate;
import com.naversms.core.state.Slots;
import com.naversms.core.state.StateStoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The per-message writes of the claim protocol (docs/state.md): each is one UpdateItem on the
 * record's item, touching only the flag and its own attributes, so nothing else on the item is
 * rewritten or dropped. Flag names travel as expression attribute names, never in the expression.
 */
final class MessageWrites {
  private static final String CLAIMABLE =
      "(attribute_not_exists(#f) OR #f <> :true) AND attribute_not_exists(#c)"
          + " AND (attribute_not_exists(#a) OR #a < :max)";

  /**
   * A slot-bound message (docs/state.md section 10): the flag counts as delivered only for the slot
   * it was delivered for ({@code {flag}_slot}, else {@code booking_time}; unknown counts as
   * delivered), a claim holds only its own slot ({@code {flag}_claim_slot}; a claim without one
   * holds every slot).
   */
  private static final String CLAIMABLE_FOR_SLOT =
      "(attribute_not_exists(#f) OR #f <> :true OR (attribute_exists(#fs) AND #fs <> :slot)"
          + " OR (attribute_not_exists(#fs) AND attribute_exists(#bt) AND #bt <> :slot))"
          + " AND (attribute_not_exists(#c) OR (attribute_exists(#cs) AND #cs <> :slot))"
          + " AND (attribute_not_exists(#a) OR #a < :max)";

  private static final AttributeValue TRUE = AttributeValue.fromBool(true);

  private final DynamoDbClient client;
  private final String table;
  private final Retries retries;

  MessageWrites(DynamoDbClient client, String table, Retries retries) {
    this.client = client;
    this.table = table;
    this.retries = retries;
  }

  ClaimOutcome claim(MessageKey key, MessageOrigin origin, int maxAttempts, Instant now) {
    DeliveryAttributes a = new DeliveryAttributes(key.flag());
    Map<String, String> names = new HashMap<>();
    names.put("#f", key.flag());
    names.put("#c", a.claimedAt());
    names.put("#a", a.attempts());
    names.put("#ru", a.rule());
    names.put("#t", a.template());
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":now", millis(now));
    values.put(":true", TRUE);
    values.put(":max", number(maxAttempts));
    values.put(":rule", AttributeValue.fromS(origin.rule()));
    values.put(":template", AttributeValue.fromS(origin.template()));
    String set = "SET #c = :now, #ru = :rule, #t = :template";
    String condition = CLAIMABLE;
    if (key.slot() != null) {
      names.put("#fs", a.slot());
      names.put("#cs", a.claimSlot());
      names.put("#bt", SmsItem.BOOKING_TIME);
      values.put(":slot", AttributeValue.fromS(Slots.text(key.slot())));
      set += ", #cs = :slot";
      condition = CLAIMABLE_FOR_SLOT;
    }
    UpdateItemRequest request =
        update(key)
            .updateExpression(set)
            .conditionExpression(condition)
            .expressionAttributeNames(names)
            .expressionAttributeValues(values)
            .returnValues(ReturnValue.ALL_OLD)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build();
    return retries.call(
        "UpdateItem (claim)",
        () -> {
          try {
            UpdateItemResponse r = client.updateItem(request);
            return new ClaimOutcome.Claimed(attempts(r.attributes(), a) + 1);
          } catch (ConditionalCheckFailedException refused) {
            return refusal(key, a, refused.item(), maxAttempts);
          }
        });
  }

  void markDelivered(MessageKey key, String requestId, Instant now) {
    DeliveryAttributes a = new DeliveryAttributes(key.flag());
    Map<String, String> names = new HashMap<>();
    names.putAll(
        Map.of("#f", key.flag(), "#r", a.requestId(), "#s", a.sentAt(), "#c", a.claimedAt()));
    Map<String, AttributeValue> values = new HashMap<>();
    values.putAll(
        Map.of(":true", TRUE, ":rid", AttributeValue.fromS(requestId), ":now", millis(now)));
    String set = "SET #f = :true, #r = :rid, #s = :now";
    if (key.slot() != null) {
      names.put("#fs", a.slot());
      values.put(":slot", AttributeValue.fromS(Slots.text(key.slot())));
      set += ", #fs = :slot";
    }
    UpdateItemRequest request =
        update(key)
            .updateExpression(set + " REMOVE #c")
            .expressionAttributeNames(names)
            .expressionAttributeValues(values)
            .build();
    retries.call("UpdateItem (delivered)", () -> client.updateItem(request));
  }

  int releaseFailed(MessageKey key, String error, Instant now) {
    DeliveryAttributes a = new DeliveryAttributes(key.flag());
    UpdateItemRequest request =
        update(key)
            .updateExpression("SET #e = :err REMOVE #c ADD #a :one")
            .expressionAttributeNames(
                Map.of("#e", a.lastError(), "#c", a.claimedAt(), "#a", a.attempts()))
            .expressionAttributeValues(
                Map.of(
                    ":err", AttributeValue.fromS(ClaimAttributes.truncate(error)),
                    ":one", number(1)))
            .returnValues(ReturnValue.UPDATED_NEW)
            .build();
    UpdateItemResponse r = retries.call("UpdateItem (release)", () -> client.updateItem(request));
    return attempts(r.attributes(), a);
  }

  void releaseUncounted(MessageKey key, String reason) {
    DeliveryAttributes a = new DeliveryAttributes(key.flag());
    UpdateItemRequest request =
        update(key)
            .updateExpression("SET #e = :err REMOVE #c")
            .expressionAttributeNames(Map.of("#e", a.lastError(), "#c", a.claimedAt()))
            .expressionAttributeValues(
                Map.of(":err", AttributeValue.fromS(ClaimAttributes.truncate(reason))))
            .build();
    retries.call("UpdateItem (release uncounted)", () -> client.updateItem(request));
  }

  void setFlag(MessageKey key, boolean value) {
    Map<String, String> names = new HashMap<>(Map.of("#f", key.flag()));
    Map<String, AttributeValue> values =
        new HashMap<>(Map.of(":v", AttributeValue.fromBool(value)));
    String set = "SET #f = :v";
    if (key.slot() != null && value) {
      names.put("#fs", new DeliveryAttributes(key.flag()).slot());
      values.put(":slot", AttributeValue.fromS(Slots.text(key.slot())));
      set += ", #fs = :slot";
    }
    UpdateItemRequest request =
        update(key)
            .updateExpression(set)
            .expressionAttributeNames(names)
            .expressionAttributeValues(values)
            .build();
    retries.call("UpdateItem (flag)", () -> client.updateItem(request));
  }

  /**
   * A reschedule or cancellation (docs/state.md section 10): one UpdateItem on an existing item.
   */
  void updateRecord(RecordKey key, RecordUpdate change) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> sets = new ArrayList<>();
    if (change.bookingTime() != null) {
      names.put("#bt", SmsItem.BOOKING_TIME);
      values.put(":bt", AttributeValue.fromS(Slots.text(change.bookingTime())));
      sets.add("#bt = :bt");
    }
    int i = 0;
    for (Map.Entry<String, Object> e : change.setIfAbsent().entrySet()) {
      names.put("#x" + i, e.getKey());
      values.put(
          ":x" + i,
          e.getValue() instanceof Long n
              ? AttributeValue.fromN(Long.toString(n))
              : AttributeValue.fromS((String) e.getValue()));
      sets.add("#x" + i + " = if_not_exists(#x" + i + ", :x" + i + ")");
      i++;
    }
    if (sets.isEmpty()) {
      return;
    }
    names.put("#k", SmsItem.BOOKING_NUM);
    UpdateItemRequest request =
        UpdateItemRequest.builder()
            .tableName(table)
            .key(SmsItem.key(key))
            .updateExpression("SET " + String.join(", ", sets))
            .conditionExpression("attribute_exists(#k)")
            .expressionAttributeNames(names)
            .expressionAttributeValues(values)
            .build();
    retries.call(
        "UpdateItem (record)",
        () -> {
          try {
            return client.updateItem(request);
          } catch (ConditionalCheckFailedException missing) {
            return null; // no record: nothing to change
          }
        });
  }

  private UpdateItemRequest.Builder update(MessageKey key) {
    return UpdateItemRequest.builder().tableName(table).key(SmsItem.key(key.record()));
  }

  private static ClaimOutcome refusal(
      MessageKey key, DeliveryAttributes a, Map<String, AttributeValue> old, int maxAttempts) {
    if (old == null || old.isEmpty()) {
      throw new StateStoreException("claim of " + describe(key) + " refused without an item");
    }
    AttributeValue flag = old.get(key.flag());
    if (flag != null && Boolean.TRUE.equals(flag.bool()) && deliveredFor(key, a, old)) {
      return new ClaimOutcome.AlreadyDelivered();
    }
    AttributeValue claimedAt = old.get(a.claimedAt());
    if (claimedAt != null && heldFor(key, a, old)) {
      return new ClaimOutcome.InFlight(Instant.ofEpochMilli(Long.parseLong(claimedAt.n())));
    }
    int attempts = attempts(old, a);
    if (attempts >= maxAttempts) {
      return new ClaimOutcome.Exhausted(attempts);
    }
    throw new StateStoreException("claim of " + describe(key) + " refused, item allows it");
  }

  /** A set flag was delivered for the key's slot (always, for a key without one). */
  private static boolean deliveredFor(
      MessageKey key, DeliveryAttributes a, Map<String, AttributeValue> old) {
    if (key.slot() == null) {
      return true;
    }
    AttributeValue slot = old.getOrDefault(a.slot(), old.get(SmsItem.BOOKING_TIME));
    var held = Slots.parse(slot == null ? null : slot.s());
    return held.isEmpty() || held.get().equals(Slots.of(key.slot()));
  }

  /** A claim holds the key's slot (always, for a key without one or a claim without one). */
  private static boolean heldFor(
      MessageKey key, DeliveryAttributes a, Map<String, AttributeValue> old) {
    AttributeValue slot = old.get(a.claimSlot());
    return key.slot() == null || slot == null || Slots.text(key.slot()).equals(slot.s());
  }

  /** Names the message without the phone number, which logs must not hold. */
  static String describe(MessageKey key) {
    return key.record().bookingNum() + "/" + key.flag();
  }

  private static int attempts(Map<String, AttributeValue> item, DeliveryAttributes a) {
    AttributeValue v = item == null ? null : item.get(a.attempts());
    return v == null ? 0 : Integer.parseInt(v.n());
  }

  private static AttributeValue millis(Instant t) {
    return AttributeValue.fromN(Long.toString(t.toEpochMilli()));
  }

  private static AttributeValue number(int n) {
    return AttributeValue.fromN(Integer.toString(n));
  }
}
