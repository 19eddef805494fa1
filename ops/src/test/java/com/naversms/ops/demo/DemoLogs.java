package com.naversms.ops.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.app.demo.Demo;
import com.naversms.ops.terraform.RepoPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log lines of real demo runs (the whole cycle against the simulator), once normal and once in
 * comparison mode; computed once per JVM.
 */
public final class DemoLogs {
  private static List<Map<String, Object>> normal;
  private static List<Map<String, Object>> comparison;

  private DemoLogs() {}

  public static synchronized List<Map<String, Object>> normal() throws IOException {
    if (normal == null) {
      normal = run(false);
    }
    return normal;
  }

  public static synchronized List<Map<String, Object>> comparison() throws IOException {
    if (comparison == null) {
      comparison = run(true);
    }
    return comparison;
  }

  private static List<Map<String, Object>> run(boolean comparisonMode) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit =
        new Demo(
                RepoPaths.root().resolve("config"),
                comparisonMode,
                new PrintStream(printed, true, StandardCharsets.UTF_8))
            .run();
    String text = printed.toString(StandardCharsets.UTF_8);
    if (exit != 0) {
      throw new IllegalStateException("demo exited " + exit + ":\n" + text);
    }
    Matcher m = Pattern.compile("(/\\S+cycle-log\\.jsonl)").matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("the demo did not name its log file:\n" + text);
    }
    List<Map<String, Object>> events = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(m.group(1)))) {
      if (!line.isBlank()) {
        events.add(json.readValue(line, new TypeReference<Map<String, Object>>() {}));
      }
    }
    return events;
  }
}
