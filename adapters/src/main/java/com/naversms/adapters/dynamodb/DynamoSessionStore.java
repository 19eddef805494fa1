package com.naversms.adapters.dynamodb;

import com.naversms.adapters.session.CookieJson;
import com.naversms.core.cycle.CycleJournal;
import com.naversms.core.cycle.DigestLedger;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.session.SessionCookies;
import com.naversms.core.session.SessionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The legacy {@code session} table: one item {@code {id: "1", cookies: "<JSON list>"}}, shared with
 * the Python system. A cookies value that cannot be read counts as no session (the login then
 * writes a fresh one), as the legacy did. The item also keeps {@code last_login_attempt} (ISO-8601
 * instant), which the legacy ignores; both are written with {@code UpdateItem}, so neither write
 * removes the other attribute (a legacy {@code PutItem} drops it, which only lifts the limit once).
 * A second item, {@code {id: "daily_digest", day: "YYYY-MM-DD"}}, records the last day whose
 * operator digest went out; a third, {@code {id: "last_cycle", cycle: "..."}}, how the last live
 * cycle ended ({@link LastCycle#encode}). The legacy reads only item "1".
 */
public final class DynamoSessionStore implements SessionStore, DigestLedger, CycleJournal {
  public static final String DEFAULT_TABLE = "session";
  private static final String LAST_ATTEMPT = "last_login_attempt";
  private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("1"));
  private static final Map<String, AttributeValue> DIGEST_KEY =
      Map.of("id", AttributeValue.fromS("daily_digest"));
  private static final Map<String, AttributeValue> CYCLE_KEY =
      Map.of("id", AttributeValue.fromS("last_cycle"));

  private final DynamoDbClient client;
  private final String table;
  private final Retries retries;

  public DynamoSessionStore(DynamoDbClient client) {
    this(client, DEFAULT_TABLE);
  }

  public DynamoSessionStore(DynamoDbClient client, String table) {
    this.client = client;
    this.table = table;
    this.retries = new Retries(Retries.DEFAULT);
  }

  @Override
  public Optional<SessionCookies> load() {
    Map<String, AttributeValue> item =
        retries
            .call("GetItem (session)", () -> client.getItem(b -> b.tableName(table).key(KEY)))
            .item();
    AttributeValue cookies = item == null ? null : item.get("cookies");
    if (cookies == null || cookies.s() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(CookieJson.read(cookies.s()));
    } catch (CookieJson.InvalidCookieJson unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void save(SessionCookies cookies) {
    set("cookies", CookieJson.write(cookies));
  }

  @Override
  public Optional<Instant> lastSignInAttempt() {
    Map<String, AttributeValue> item =
        retries
            .call(
                "GetItem (session)",
                () ->
                    client.getItem(b ->
                        b.tableName(table)
                            .key(KEY)
                            .projectionExpression(LAST_ATTEMPT)
                            .consistentRead(true)))
            .item();
    AttributeValue at = item == null ? null : item.get(LAST_ATTEMPT);
    if (at == null || at.s() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(at.s()));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public void recordSignInAttempt(Instant at) {
    set(LAST_ATTEMPT, at.toString());
  }

  private void set(String attribute, String value) {
    retries.call(
        "UpdateItem (session)",
        () ->
            client.updateItem(b ->
                b.tableName(table)
                    .key(KEY)
                    .updateExpression("SET #a = :v")
                    .expressionAttributeNames(Map.of("#a", attribute))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value)))));
  }

  @Override
  public void clear() {
    retries.call("DeleteItem (session)", () -> client.deleteItem(b -> b.tableName(table).key(KEY)));
  }

  /** One conditional UpdateItem: sets {@code day} only when it is absent or an earlier day. */
  @Override
  public boolean claim(LocalDate day, Instant at) {
    return retries.call(
        "UpdateItem (digest)",
        () -> {
          try {
            client.updateItem(b ->
                b.tableName(table)
                    .key(DIGEST_KEY)
                    .updateExpression("SET #d = :day, sent_at = :at")
                    .conditionExpression("attribute_not_exists(#d) OR #d < :day")
                    .expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(
                        Map.of(
                            ":day", AttributeValue.fromS(day.toString()),
                            ":at", AttributeValue.fromS(at.toString()))));
            return true;
          } catch (ConditionalCheckFailedException already) {
            return false;
          }
        });
  }

  @Override
  public void record(LastCycle cycle) {
    retries.call(
        "UpdateItem (last cycle)",
        () ->
            client.updateItem(b ->
                b.tableName(table)
                    .key(CYCLE_KEY)
                    .updateExpression("SET #c = :v")
                    .expressionAttributeNames(Map.of("#c", "cycle"))
                    .expressionAttributeValues(
                        Map.of(":v", AttributeValue.fromS(cycle.encode())))));
  }

  @Override
  public Optional<LastCycle> last() {
    Map<String, AttributeValue> item =
        retries
            .call(
                "GetItem (last cycle)",
                () -> client.getItem(b -> b.tableName(table).key(CYCLE_KEY)))
            .item();
    AttributeValue cycle = item == null ? null : item.get("cycle");
    return cycle == null ? Optional.empty() : LastCycle.decode(cycle.s());
  }
}
