package com.naversms.parity.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompatibilityListTest {
  @Test
  void readsIdsAndDescriptions_skippingComments() throws Exception {
    String text = "# header\n\nD1 Korean clock.\nD2 One window [start-2h, start).\n";
    var list =
        CompatibilityList.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(list)
        .containsExactly(
            java.util.Map.entry("D1", "Korean clock."),
            java.util.Map.entry("D2", "One window [start-2h, start)."));
  }
}
