package com.naversms.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.dynamodb.FaultyHttp.Fault;
import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.StateStoreException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One retry layer per DynamoDB call (docs/state.md): the client the product builds ({@link
 * DynamoClients}) does not retry, so the requests on the wire are exactly our tries, counted under
 * the SDK by a fault-injecting HTTP client in front of DynamoDB Local's server.
 */
class DynamoRetryLayerTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static DynamoLocalServer dynamo;
  private static FaultyHttp http;
  private static DynamoDbClient client;

  @BeforeAll
  static void start() throws Exception {
    dynamo = new DynamoLocalServer();
    http = new FaultyHttp();
    client =
        DynamoClients.create(
            new DynamoSettings(
                "sms",
                "session",
                "sms_optouts",
                "ap-northeast-2",
                Optional.of(URI.create("http://localhost:" + dynamo.port))),
            http,
            StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")));
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    dynamo.close();
  }

  private static MessageKey confirmation(int n) {
    DynamoStateStore store = new DynamoStateStore(client, "sms");
    http.failNext(0, Fault.THROTTLED);
    store.create(Records.record(n));
    return new MessageKey(Records.key(n), Flags.CONFIRM);
  }

  @Test
  void aThrottledClaim_isTriedAgainByUsAlone_onceForEachThrottle() {
    MessageKey key = confirmation(1);
    http.failNext(2, Fault.THROTTLED);

    assertThat(new DynamoStateStore(client, "sms").claim(key, ORIGIN, 3, NOW))
        .isEqualTo(new Claimed(1));
    assertThat(http.requests).as("2 throttled + 1 served, no SDK retry in between").hasValue(3);
  }

  @Test
  void throttlingOnEveryTry_endsAfterOurFiveTries_notFiveTimesTheSdks() {
    MessageKey key = confirmation(2);
    http.failNext(1_000, Fault.THROTTLED);

    assertThatThrownBy(() -> new DynamoStateStore(client, "sms").claim(key, ORIGIN, 3, NOW))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("throttled after 5 tries");
    assertThat(http.requests).hasValue(Retries.DEFAULT.maxAttempts());
  }

  @Test
  void aServerErrorAndABrokenConnection_areRetriedByUs_asTheSdkWould() {
    MessageKey key = confirmation(3);
    DynamoStateStore store = new DynamoStateStore(client, "sms");

    http.failNext(2, Fault.INTERNAL_ERROR);
    assertThat(store.claim(key, ORIGIN, 3, NOW)).isEqualTo(new Claimed(1));
    assertThat(http.requests).hasValue(3);

    http.failNext(2, Fault.CONNECTION_RESET);
    store.markDelivered(key, "req-0001", NOW);
    assertThat(http.requests).hasValue(3);
  }

  @Test
  void theSessionStore_hasTheSameOneLayer() {
    DynamoSessionStore sessions = new DynamoSessionStore(client, "session");
    http.failNext(1_000, Fault.THROTTLED);

    assertThatThrownBy(sessions::load)
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("GetItem (session) still throttled after 5 tries");
    assertThat(http.requests).hasValue(5);
  }
}
