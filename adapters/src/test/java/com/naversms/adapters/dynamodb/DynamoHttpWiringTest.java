package com.naversms.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome.AlreadyDelivered;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.ClaimOutcome.InFlight;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The store over real HTTP, with the client built as the app builds it (URL-connection client,
 * region, credentials), against DynamoDB Local's server mode: the expressions, the ALL_OLD item on
 * a failed condition and the error mapping all cross the wire.
 */
class DynamoHttpWiringTest {
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static DynamoDBProxyServer server;
  private static DynamoDbClient client;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", String.valueOf(port)});
    server.start();
    client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create("http://localhost:" + port))
            .region(Region.AP_NORTHEAST_2)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("fake", "fake")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    server.stop();
  }

  @Test
  void theClaimProtocol_worksOverHttp() {
    DynamoLocalTables.createSms(client, "sms");
    DynamoStateStore store = new DynamoStateStore(client);
    MessageKey confirm = new MessageKey(Records.key(1), Flags.CONFIRM);
    store.create(Records.record(1));

    assertThat(store.claim(confirm, 3, NOW)).isEqualTo(new Claimed(1));
    assertThat(store.claim(confirm, 3, NOW.plusSeconds(5))).isEqualTo(new InFlight(NOW));
    store.markDelivered(confirm, "req-0001", NOW);
    assertThat(store.claim(confirm, 3, NOW)).isEqualTo(new AlreadyDelivered());
    assertThat(store.read(List.of(Records.key(1))).get(Records.key(1)).confirmSms()).isTrue();
  }
}
