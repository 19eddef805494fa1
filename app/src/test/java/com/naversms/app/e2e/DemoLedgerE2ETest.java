package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "Done when" and item 6, from outside: {@code bin/naver-sms demo} walks a day of cycles
 * against its simulator with SQLite in a temporary folder; then the {@code messages list --phone
 * LAST4} command its summary prints shows every message that customer got that day (as many as the
 * demo's timeline lists), each with the carrier's result. Across the day's whole output (the demo's
 * stdout and stderr, its JSON log file, the command's output) no line holds a line of any message
 * text the ledger keeps.
 */
class DemoLedgerE2ETest {
  private static final Duration DEMO = Duration.ofMinutes(5);
  private static final Duration T = Duration.ofMinutes(2);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HINT =
      Pattern.compile("SQLITE_PATH=(\\S+) naver-sms messages list --phone (\\d{4})");
  private static final Pattern LOGS = Pattern.compile("JSON logs and EMF metrics: (\\S+)");

  /** A text line shorter than this may be a common word; longer ones are the message's own. */
  private static final int MIN_TEXT_LINE = 8;

  @Test
  void afterADemoDay_messagesListForOneCustomer_showsEveryMessageWithItsCarrierResult(
      @TempDir Path work) throws Exception {
    Result demo = Product.run(Map.of(), work, DEMO, "demo").assertExit(0).assertNoFullPhone();
    Matcher hint = HINT.matcher(demo.stdout());
    assertThat(hint.find()).as("the summary names the command: %s", demo.describe()).isTrue();
    Path db = Path.of(hint.group(1));
    String last4 = hint.group(2);
    try {
      List<String> timeline =
          demo.stdout()
              .lines()
              .filter(l -> l.matches("\\d\\d:\\d\\d  .*") && l.contains("010-****-" + last4))
              .toList();
      assertThat(timeline)
          .as("the customer the summary names got several messages")
          .hasSizeGreaterThan(1);
      Map<String, String> env = Map.of("SQLITE_PATH", db.toString());

      Result table =
          Product.run(env, work, T, "messages", "list", "--phone", last4)
              .assertExit(0)
              .assertNoFullPhone();
      List<String> rows =
          table.stdout().lines().filter(l -> l.contains("010-****-" + last4)).toList();
      assertThat(rows)
          .as(table.describe())
          .hasSize(timeline.size())
          .allSatisfy(r -> assertThat(r).containsPattern("delivered (AlimTalk 0000 )?success"));
      assertThat(table.stdout())
          .as("issue 17: the totals per channel with their cost")
          .contains(
              "totals by channel (messages SENS accepted or delivered; KRW at NCP SENS list"
                  + " prices):")
          .containsPattern("\n  AlimTalk +\\d+ × 7\\.5 KRW = [\\d.,]+ KRW\n")
          .containsPattern(
              "\n  total +"
                  + timeline.size()
                  + " messages = [\\d.,]+ KRW \\(as SMS/LMS only: [\\d.,]+ KRW, \\d+%\\)\n");
      for (String line : timeline) {
        String template = line.split("\\s{2,}")[5];
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(template + " ("));
      }
      Result json =
          Product.run(env, work, T, "messages", "list", "--phone", last4, "--format", "json")
              .assertExit(0);
      JsonNode entries = JSON.readTree(json.stdout());
      assertThat(entries).hasSize(timeline.size());
      entries.forEach(e -> {
        assertThat(e.path("state").asText()).isEqualTo("delivered");
        assertThat(e.path("carrier").path("code").asText()).isEqualTo("0");
        assertThat(e.path("request_id").asText()).isNotEmpty();
      });

      Matcher logs = LOGS.matcher(demo.stdout());
      assertThat(logs.find()).isTrue();
      List<String> outputs =
          List.of(
              demo.stdout(),
              demo.stderr(),
              Files.readString(Path.of(logs.group(1))),
              table.stdout() + table.stderr(),
              json.stdout() + json.stderr());
      Set<String> textLines = textLines(db);
      assertThat(textLines).as("the day's texts, from the ledger").hasSizeGreaterThan(10);
      for (String output : outputs) {
        for (String line : textLines) {
          assertThat(output.contains(line))
              .as("an output line holds the message text line '%s'", line)
              .isFalse();
        }
      }
    } finally {
      deleteTree(db.getParent());
    }
  }

  /** Every line of every message text in the ledger of {@code db}. */
  private static Set<String> textLines(Path db) throws SQLException, IOException {
    Set<String> lines = new LinkedHashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT item FROM sms_messages")) {
      while (rs.next()) {
        JSON.readTree(rs.getString(1))
            .path("text")
            .asText()
            .lines()
            .map(String::strip)
            .filter(l -> l.length() >= MIN_TEXT_LINE)
            .forEach(lines::add);
      }
    }
    return lines;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!dir.getFileName().toString().startsWith("naver-sms-demo-")) {
      return; // only the demo's own temporary folder
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(paths::add);
    }
    paths.sort(Comparator.reverseOrder());
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
