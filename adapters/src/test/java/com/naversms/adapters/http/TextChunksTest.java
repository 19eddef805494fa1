package com.naversms.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {

  @Test
  void shortText_isOnePart() {
    assertThat(TextChunks.split("hello", 10)).containsExactly("hello");
  }

  @Test
  void cutsAfterTheLastLineBreakInTheWindow() {
    List<String> parts = TextChunks.split("aaaa\nbbbb\ncccc", 11);

    assertThat(parts).containsExactly("aaaa\nbbbb\n", "cccc");
  }

  @Test
  void lineLongerThanTheLimit_isCutHard_andNothingIsLost() {
    String text = "x".repeat(25);
    List<String> parts = TextChunks.split(text, 10);

    assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(10));
    assertThat(String.join("", parts)).isEqualTo(text);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "abcdefghi😀xyz";
    List<String> parts = TextChunks.split(text, 10);

    assertThat(parts.get(0)).isEqualTo("abcdefghi");
    assertThat(String.join("", parts)).isEqualTo(text);
  }
}
