package com.naversms.adapters.statecontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.optout.OptOutStore;
import com.naversms.core.optout.OptOutStore.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The opt-out list (issue 15 item 5): numbers kept as digits, the first entry of a number kept,
 * every entry back with its date, note and source, oldest first; what one store writes another on
 * the same storage reads.
 */
public abstract class OptOutContract {
  private static final Instant AT = Instant.parse("2026-12-04T05:30:00.123Z");

  protected abstract StateBackend newBackend();

  private StateBackend backend;
  private OptOutStore store;

  @BeforeEach
  void freshStorage() {
    backend = newBackend();
    store = backend.optOutStore();
  }

  @Test
  void freshStorage_hasAnEmptyList() {
    assertThat(store.load().size()).isZero();
    assertThat(store.entries()).isEmpty();
  }

  @Test
  void anAddedNumber_isOnTheListInEveryForm_withItsDateNoteAndSource() {
    assertThat(store.add(new Entry("010-0000-1234", AT, "전화로 수신거부 요청", "operator"))).isTrue();

    assertThat(store.load().contains("01000001234")).isTrue();
    assertThat(store.load().contains("010-0000-1234")).isTrue();
    assertThat(store.load().contains("01000001235")).isFalse();
    assertThat(store.entries())
        .containsExactly(new Entry("01000001234", AT, "전화로 수신거부 요청", "operator"));
  }

  @Test
  void addingANumberAgain_keepsTheFirstEntry() {
    store.add(new Entry("01000001234", AT, "first", "operator"));

    assertThat(store.add(new Entry("010-0000-1234", AT.plusSeconds(60), "second", "operator")))
        .isFalse();

    assertThat(store.entries()).containsExactly(new Entry("01000001234", AT, "first", "operator"));
  }

  @Test
  void removing_takesTheNumberOff_andSaysWhetherItWasOn() {
    store.add(new Entry("01000001234", AT, "", "operator"));
    store.add(new Entry("01000005678", AT, "", "operator"));

    assertThat(store.remove("010-0000-1234")).isTrue();
    assertThat(store.remove("01000001234")).isFalse();

    assertThat(store.load().digits()).containsExactly("01000005678");
    assertThat(store.entries()).extracting(Entry::phone).containsExactly("01000005678");
  }

  @Test
  void anEmptyNote_comesBackEmpty() {
    store.add(new Entry("01000001234", AT, null, null));

    assertThat(store.entries()).containsExactly(new Entry("01000001234", AT, "", "operator"));
  }

  @Test
  void entriesComeBackOldestFirst_andAnotherStoreOnTheSameStorageSeesThem() {
    List<Entry> added = new ArrayList<>();
    for (int i = 24; i >= 0; i--) {
      Entry e = new Entry(String.format("010000%05d", i), AT.plusSeconds(i), "n" + i, "operator");
      store.add(e);
      added.add(0, e);
    }

    OptOutStore another = backend.optOutStore();
    assertThat(another.entries()).containsExactlyElementsOf(added);
    assertThat(another.load().size()).isEqualTo(25);
    another.remove("01000000003");
    assertThat(store.load().contains("01000000003")).isFalse();
    assertThat(store.load().size()).isEqualTo(24);
  }
}
