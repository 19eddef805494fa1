package com.naversms.ops.contract;

import com.naversms.ops.terraform.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The runbook and the query catalogue, read as data. */
public final class OpsDocs {
  public static final Path RUNBOOK = RepoPaths.root().resolve("docs/ops/runbook.md");
  public static final Path QUERIES = RepoPaths.root().resolve("docs/ops/cloudwatch-queries.md");

  private OpsDocs() {}

  /** One documented query: its id, text and the expectations for a normal and a comparison run. */
  public record DocQuery(String id, String text, String expectNormal, String expectComparison) {}

  public static Map<String, DocQuery> queries() throws IOException {
    String md = Files.readString(QUERIES);
    Pattern p =
        Pattern.compile(
            "### ([a-z0-9-]+):[^\\n]*\\n```logsinsights\\n(.*?)```\\s*\\nExpect: normal: ([^;]+); comparison: ([^\\n]+)",
            Pattern.DOTALL);
    Matcher m = p.matcher(md);
    Map<String, DocQuery> out = new LinkedHashMap<>();
    while (m.find()) {
      out.put(
          m.group(1),
          new DocQuery(m.group(1), m.group(2).strip(), m.group(3).strip(), m.group(4).strip()));
    }
    int headings = md.split("\n### ", -1).length - 1;
    if (out.size() != headings) {
      throw new IllegalStateException(
          "cloudwatch-queries.md: "
              + headings
              + " queries but "
              + out.size()
              + " in the tested format");
    }
    return out;
  }

  /** A row of the runbook's alarm table. */
  public record AlarmRow(
      String name,
      String metric,
      String statistic,
      int period,
      String condition,
      String threshold) {}

  public static List<AlarmRow> alarms() throws IOException {
    List<AlarmRow> rows = new ArrayList<>();
    for (String line : Files.readAllLines(RUNBOOK)) {
      if (line.startsWith("| naver-sms-automation-")) {
        String[] c = line.split("\\|");
        rows.add(
            new AlarmRow(
                c[1].strip(),
                c[2].strip(),
                c[3].strip(),
                Integer.parseInt(c[4].strip()),
                c[5].strip(),
                c[6].strip()));
      }
    }
    return rows;
  }

  /** Backticked words in a doc (metric names, query ids, fields). */
  public static List<String> backticked(Path doc) throws IOException {
    Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(Files.readString(doc));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
