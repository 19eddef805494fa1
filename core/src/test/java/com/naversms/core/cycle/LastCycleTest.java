package com.naversms.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastCycleTest {
  @Test
  void encodedAndDecoded_isTheSameCycle_evenWithTabsAndLinesInTheFailure() {
    LastCycle c =
        new LastCycle(
            Instant.parse("2026-12-04T01:40:00Z"), "failed", 3, 1, 2, 0, "SENS\tdown\nat 10:40");
    assertThat(LastCycle.decode(c.encode())).contains(c);
    assertThat(c.failure()).isEqualTo("SENS down at 10:40");
  }

  @Test
  void unreadableText_isNoCycle() {
    assertThat(LastCycle.decode("")).isEmpty();
    assertThat(LastCycle.decode("at=yesterday\toutcome=ok")).isEmpty();
    assertThat(LastCycle.decode(null)).isEmpty();
  }
}
