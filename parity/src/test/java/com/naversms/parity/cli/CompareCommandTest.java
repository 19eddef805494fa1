package com.naversms.parity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
  static final Path CONFIG = Path.of("..", "config");
  static final String BOOKING =
      """
      [{"bookingId": 6005, "businessId": 1000002, "bookingStatusCode": "RC03", "name": "김민수",
        "phone": "01000006005",
        "snapshotJson": {"startDateTime": "2026-11-27T06:00:00Z", "endDateTime": "2026-11-27T07:00:00Z",
                         "bookingOptionJson": []}}]
      """;
  static final String RECORD =
      """
      [{"booking_num": "1000002_6005", "phone": "010-0000-6005", "name": "김민수",
        "booking_time": "2026-11-27 15:00:00", "confirm_sms": false, "remind_sms": false}]
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new CompareCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String[] snapshot(String... more) throws Exception {
    Files.writeString(dir.resolve("b.json"), BOOKING);
    Files.writeString(dir.resolve("r.json"), RECORD);
    String[] base = {
      "--bookings",
      dir.resolve("b.json").toString(),
      "--records",
      dir.resolve("r.json").toString(),
      "--at",
      "2026-11-27T13:20:00+09:00",
      "--config",
      CONFIG.toString()
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void legacyAgainstTheShippedRules_agreesWithLabelledIntendedDifferences() throws Exception {
    int code = run(snapshot("--baseline", "legacy"));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("differs: from  [D13]")
        .contains("baseline only  [D22]")
        .contains("result: AGREE");
  }

  @Test
  void aCandidateRulesFileWithOneChangedRule_differs_exit1() throws Exception {
    String rules = Files.readString(CONFIG.resolve("rules.yaml")).replace("hours: 2", "hours: 1");
    Path candidate = Files.writeString(dir.resolve("candidate.yaml"), rules);
    int code =
        run(
            snapshot(
                "--baseline",
                CONFIG.resolve("rules.yaml").toString(),
                "--candidate",
                candidate.toString(),
                "--format",
                "json"));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("\"agree\" : false")
        .contains("\"sms_unexpected\" : 2")
        .contains("\"db_unexpected\" : 2")
        .contains("\"telegram_unexpected\" : 1");
  }

  @Test
  void aBrokenCandidateRulesFile_isBadInput_namedByItsOwnPath() throws Exception {
    Path candidate =
        Files.writeString(dir.resolve("broken.yaml"), "rules:\n  - name: x\n    enabled: maybe\n");
    int code = run(snapshot("--baseline", "legacy", "--candidate", candidate.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("broken.yaml");
  }

  @Test
  void aBadInstant_isBadInput() throws Exception {
    String[] args = snapshot("--baseline", "legacy");
    args[5] = "tomorrow";
    assertThat(run(args)).isEqualTo(2);
    assertThat(err.toString()).contains("--at");
  }
}
