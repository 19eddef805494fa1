package com.naversms.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.adapters.statecontract.Records;
import com.naversms.core.state.ClaimOutcome.Claimed;
import com.naversms.core.state.Flags;
import com.naversms.core.state.MessageKey;
import com.naversms.core.state.MessageOrigin;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.StateStoreException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Throttling and unprocessed keys: retried within a bound, then a StateStoreException. */
class DynamoRetryTest {
  static final MessageOrigin ORIGIN = new MessageOrigin("New Booking Confirmation", "confirmation");
  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
  private static final MessageKey CONFIRM = new MessageKey(Records.key(1), Flags.CONFIRM);
  private DynamoLocal local;
  private String table;

  @BeforeEach
  void freshTable() {
    local = DynamoLocal.shared();
    table = local.newSmsTable();
  }

  private DynamoStateStore storeOver(FlakyDynamoDb client) {
    return new DynamoStateStore(client, table, DynamoBackend.FAST, 7);
  }

  @Test
  void aThrottledClaim_isRetriedAndSucceeds() {
    FlakyDynamoDb flaky = new FlakyDynamoDb(local.client, 3, 0);

    assertThat(storeOver(flaky).claim(CONFIRM, ORIGIN, 3, NOW)).isEqualTo(new Claimed(1));
    assertThat(flaky.calls).hasValue(4);
  }

  @Test
  void throttlingPastTheBound_isAStateStoreException() {
    FlakyDynamoDb flaky = new FlakyDynamoDb(local.client, 100, 0);

    assertThatThrownBy(() -> storeOver(flaky).claim(CONFIRM, ORIGIN, 3, NOW))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("throttled after 4 tries")
        .hasCauseInstanceOf(ProvisionedThroughputExceededException.class);
    assertThat(flaky.calls).hasValue(4);
  }

  @Test
  void unprocessedBatchKeys_areRequestedAgainUntilAllAreRead() {
    List<RecordKey> keys = stored(150);
    FlakyDynamoDb flaky = new FlakyDynamoDb(local.client, 0, 3);

    assertThat(storeOver(flaky).read(keys)).hasSize(150);
    assertThat(flaky.calls.get()).isGreaterThan(2);
  }

  @Test
  void manyChunks_areReadFourAtATimeAndAllComeBack() {
    List<RecordKey> keys = stored(1_000);
    FlakyDynamoDb counting = new FlakyDynamoDb(local.client, 0, 0);

    assertThat(storeOver(counting).read(keys))
        .hasSize(1_000)
        .containsKeys(keys.get(0), keys.get(999));
    assertThat(counting.calls).hasValue(10);
    assertThat(counting.mostOpenBatches.get()).isBetween(1, 4);
  }

  @Test
  void keysLeftUnprocessedOnEveryTry_areAStateStoreException() {
    FlakyDynamoDb flaky = new FlakyDynamoDb(local.client, 0, 100);
    List<RecordKey> keys = IntStream.range(0, 40).mapToObj(Records::key).toList();

    assertThatThrownBy(() -> storeOver(flaky).read(keys))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("unprocessed after 4 tries");
  }

  @Test
  void theOptionScan_followsLastEvaluatedKeyAcrossPages() {
    FlakyDynamoDb flaky = new FlakyDynamoDb(local.client, 0, 0);
    DynamoStateStore store = storeOver(flaky);
    IntStream.range(0, 40).forEach(n -> store.create(Records.record(n)));

    assertThat(store.unnotifiedOptionRecords()).hasSize(40);
    assertThat(flaky.scans.get()).isGreaterThanOrEqualTo(6);
    flaky.scans.set(0);
    assertThat(store.waitingForOption()).hasSize(40); // projected, the same pages
    assertThat(flaky.scans.get()).isGreaterThanOrEqualTo(6);
  }

  /** Records 0 to n - 1 written through a plain store; their keys. */
  private List<RecordKey> stored(int n) {
    DynamoStateStore plain = new DynamoStateStore(local.client, table);
    IntStream.range(0, n).forEach(i -> plain.create(Records.record(i)));
    return IntStream.range(0, n).mapToObj(Records::key).toList();
  }

  @Test
  void aMissingTable_isAStateStoreExceptionNamingTheOperation() {
    DynamoStateStore store =
        new DynamoStateStore(local.client, "no_such_table", DynamoBackend.FAST, 7);

    assertThatThrownBy(() -> store.read(List.of(Records.key(1))))
        .isInstanceOf(StateStoreException.class)
        .hasMessageContaining("BatchGetItem");
  }
}
