package com.naversms.adapters.dynamodb;

import com.naversms.core.state.ClaimOutcome;
import com.naversms.core.state.DeliveryAttributes;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStoreException;
import java.time.Instant;
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
    UpdateItemRequest request =
        update(key)
            .updateExpression("SET #c = :now, #ru = :rule, #t = :template")
            .conditionExpression(CLAIMABLE)
            .expressionAttributeNames(
                Map.of(
                    "#f", key.flag(),
                    "#c", a.claimedAt(),
                    "#a", a.attempts(),
                    "#ru", a.rule(),
                    "#t", a.template()))
            .expressionAttributeValues(
                Map.of(
                    ":now", millis(now),
                    ":true", TRUE,
                    ":max", number(maxAttempts),
                    ":rule", AttributeValue.fromS(origin.rule()),
                    ":template", AttributeValue.fromS(origin.template())))
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
    UpdateItemRequest request =
        update(key)
            .updateExpression("SET #f = :true, #r = :rid, #s = :now REMOVE #c")
            .expressionAttributeNames(
                Map.of(
                    "#f", key.flag(), "#r", a.requestId(), "#s", a.sentAt(), "#c", a.claimedAt()))
            .expressionAttributeValues(
                Map.of(":true", TRUE, ":rid", AttributeValue.fromS(requestId), ":now", millis(now)))
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
    UpdateItemRequest request =
        update(key)
            .updateExpression("SET #f = :v")
            .expressionAttributeNames(Map.of("#f", key.flag()))
            .expressionAttributeValues(Map.of(":v", AttributeValue.fromBool(value)))
            .build();
    retries.call("UpdateItem (flag)", () -> client.updateItem(request));
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
    if (flag != null && Boolean.TRUE.equals(flag.bool())) {
      return new ClaimOutcome.AlreadyDelivered();
    }
    AttributeValue claimedAt = old.get(a.claimedAt());
    if (claimedAt != null) {
      return new ClaimOutcome.InFlight(Instant.ofEpochMilli(Long.parseLong(claimedAt.n())));
    }
    int attempts = attempts(old, a);
    if (attempts >= maxAttempts) {
      return new ClaimOutcome.Exhausted(attempts);
    }
    throw new StateStoreException("claim of " + describe(key) + " refused, item allows it");
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
