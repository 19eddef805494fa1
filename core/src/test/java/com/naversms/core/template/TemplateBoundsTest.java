package com.naversms.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.error.PebbleException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Operator templates cannot exhaust the machine (issue 12, item 6). */
@Timeout(20)
class TemplateBoundsTest {
  private static String render(String source) {
    return PebbleTemplate.compile(source, "test", Destination.SMS)
        .render(Map.of("items", List.of("a", "b")));
  }

  private static PebbleException boundOf(String source) {
    TemplateException e =
        (TemplateException) org.assertj.core.api.Assertions.catchThrowable(() -> render(source));
    assertThat(e).as("rendering must fail with a TemplateException").isNotNull();
    assertThat(e.getCause()).isInstanceOf(PebbleException.class);
    return (PebbleException) e.getCause();
  }

  @Test
  void aMacroThatCallsItself_stopsAtTheNestingLimit_withItsLine() {
    PebbleException e =
        boundOf("line one\n{% macro boom(n) %}{{ boom(n) }}{% endmacro %}{{ boom(1) }}");

    assertThat(e.getPebbleMessage())
        .isEqualTo("macro \"boom\" nests deeper than 20 calls (does it call itself?)");
    assertThat(e.getLineNumber()).isEqualTo(2);
  }

  @Test
  void twoMacrosCallingEachOther_stopToo() {
    assertThat(
            boundOf(
                    "{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}"
                        + "{{ a() }}")
                .getPebbleMessage())
        .contains("nests deeper than 20 calls");
  }

  @Test
  void aHugeRange_isRefusedBeforeItIsBuilt() {
    long start = System.nanoTime();

    PebbleException e = boundOf("x\n\n{% for i in range(1, 100000000) %}{% endfor %}");

    assertThat(e.getPebbleMessage())
        .isEqualTo("range(1, 100000000) has 100,000,000 values; a range may have at most 10,000");
    assertThat(e.getLineNumber()).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void theDotDotRange_isBoundedToo() {
    assertThat(boundOf("{% for i in 0..99999999 %}{% endfor %}").getPebbleMessage())
        .contains("a range may have at most 10,000");
  }

  @Test
  void nestedLoops_stopAtTheIterationLimit() {
    assertThat(
            boundOf(
                    "{% for i in range(1, 5000) %}{% for j in range(1, 5000) %}"
                        + "{% endfor %}{% endfor %}")
                .getPebbleMessage())
        .isEqualTo(
            "more than 100,000 loop iterations and macro calls in one rendering (the limit)");
  }

  @Test
  void aHugeOutput_stopsAtTheOutputLimit() {
    assertThat(
            boundOf("{% for i in range(1, 9000) %}" + "x".repeat(50) + "{% endfor %}")
                .getPebbleMessage())
        .isEqualTo("renders to more than 200,000 characters (the limit)");
  }

  @Test
  void tagsThatLoadAnotherTemplate_areNotAvailable() {
    assertThatThrownBy(
            () -> PebbleTemplate.compile("{% include \"{{ 1 }}\" %}", "test", Destination.SMS))
        .isInstanceOf(PebbleException.class);
  }

  @Test
  void deeplyNestedBrackets_failToCompile_withoutAStackOverflow() {
    String deep = "{{ " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + " }}";

    assertThatThrownBy(() -> PebbleTemplate.compile(deep, "test", Destination.SMS))
        .isInstanceOf(PebbleException.class);
  }

  @Test
  void ordinaryLoopsAndMacros_stillRender() {
    assertThat(
            render(
                "{% macro item(x) %}[{{ x }}]{% endmacro %}"
                    + "{% for i in items %}{{ item(i) }}{{ loop.length }}{% endfor %}"
                    + "{% for n in range(1, 3) %}{{ n }}{% endfor %}"))
        .isEqualTo("[a]2[b]2123");
  }
}
