package com.naversms.adapters.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.redaction.LoadedSecrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactedStdioTest {
  private final LoadedSecrets secrets = new LoadedSecrets();
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream();

  @Test
  void everyLine_losesTheLoadedSecrets_evenWrittenInPieces_andKoreanSurvives() {
    secrets.add(List.of("https://hooks.slack.example/services/FAKE-SCAN-T0/B0/XYZ|label\n"));
    PrintStream out =
        new PrintStream(
            RedactedStdio.redacting(sink, StandardCharsets.US_ASCII, secrets),
            false,
            StandardCharsets.UTF_8);

    out.print("failed: https://hooks.slack.example/ser");
    out.println("vices/FAKE-SCAN-T0/B0/XYZ|label (예약 확인)");
    out.println(
        "java.lang.IllegalArgumentException: Illegal character in path at index 57:"
            + " https://hooks.slack.example/services/FAKE-SCAN-T0/B0/XYZ");
    out.println("only the path: /services/FAKE-SCAN-T0/B0/XYZ");

    String printed = sink.toString(StandardCharsets.UTF_8);
    assertThat(printed).doesNotContain("FAKE-SCAN").contains("(예약 확인)").contains("failed: ***");
    assertThat(printed.lines()).hasSize(3);
  }

  @Test
  void aPromptWithoutLineBreak_leavesOnFlush() {
    PrintWriter out =
        new PrintWriter(RedactedStdio.redacting(sink, StandardCharsets.UTF_8, secrets), false);
    out.print("Naver password: ");
    out.flush();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("Naver password: ");
  }

  @Test
  void theJsonLog_losesTheProcessSecrets() {
    LoadedSecrets.process().add(List.of("xoxb-FAKE-SCAN-LOG-0001"));
    var log =
        new JsonEventLog(
            new PrintStream(sink, true, StandardCharsets.UTF_8),
            java.time.Clock.systemUTC(),
            com.naversms.core.observability.LogEvent.Level.INFO);
    log.write(
        com.naversms.core.observability.LogEvent.info(
            "posting with xoxb-FAKE-SCAN-LOG-0001", java.util.Map.of()));
    assertThat(sink.toString(StandardCharsets.UTF_8)).doesNotContain("FAKE-SCAN").contains("***");
  }
}
