package com.naversms.adapters.dynamodb;

import com.naversms.adapters.naver.CookieJson;
import com.naversms.core.ports.SessionStore;
import com.naversms.core.session.SessionCookies;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The legacy {@code session} table: one item {@code {id: "1", cookies: "<JSON list>"}}, shared with
 * the Python system. A cookies value that cannot be read counts as no session (the login then
 * writes a fresh one), as the legacy did.
 */
public final class DynamoSessionStore implements SessionStore {
  public static final String DEFAULT_TABLE = "session";
  private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("1"));

  private final DynamoDbClient client;
  private final String table;
  private final Throttling throttling;

  public DynamoSessionStore(DynamoDbClient client) {
    this(client, DEFAULT_TABLE);
  }

  public DynamoSessionStore(DynamoDbClient client, String table) {
    this.client = client;
    this.table = table;
    this.throttling = new Throttling(Backoff.DEFAULT);
  }

  @Override
  public Optional<SessionCookies> load() {
    Map<String, AttributeValue> item =
        throttling
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
    Map<String, AttributeValue> item =
        Map.of(
            "id",
            AttributeValue.fromS("1"),
            "cookies",
            AttributeValue.fromS(CookieJson.write(cookies)));
    throttling.call("PutItem (session)", () -> client.putItem(b -> b.tableName(table).item(item)));
  }

  @Override
  public void clear() {
    throttling.call(
        "DeleteItem (session)", () -> client.deleteItem(b -> b.tableName(table).key(KEY)));
  }
}
