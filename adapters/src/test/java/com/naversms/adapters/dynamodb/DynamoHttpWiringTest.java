package com.naversms.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome.AlreadyDelivered;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.ClaimOutcome.InFlight;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store over real HTTP, with the client built as the app builds it (URL-connection client,
 * region, credentials), against DynamoDB Local's server mode: the expressions, the ALL_OLD item on
 * a failed condition and the error mapping all cross the wire.
 */
class DynamoHttpWiringTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static DynamoLocalServer dynamo;

  @BeforeAll
  static void start() throws Exception {
    dynamo = new DynamoLocalServer();
  }

  @AfterAll
  static void stop() throws Exception {
    dynamo.close();
  }

  @Test
  void theClaimProtocol_worksOverHttp() {
    DynamoStateStore store = new DynamoStateStore(dynamo.client);
    MessageKey confirm = new MessageKey(Records.key(1), Flags.CONFIRM);
    store.create(Records.record(1));

    assertThat(store.claim(confirm, ORIGIN, 3, NOW)).isEqualTo(new Claimed(1));
    assertThat(store.claim(confirm, ORIGIN, 3, NOW.plusSeconds(5))).isEqualTo(new InFlight(NOW));
    store.markDelivered(confirm, "req-0001", NOW);
    assertThat(store.claim(confirm, ORIGIN, 3, NOW)).isEqualTo(new AlreadyDelivered());
    assertThat(store.read(List.of(Records.key(1))).get(Records.key(1)).confirmSms()).isTrue();
  }
}
