package com.naversms.ops.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.ops.terraform.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dashboard templates of modules/monitoring, rendered with test values. */
public final class Dashboards {
  public static final Path DIR =
      RepoPaths.root().resolve("infrastructure/terraform/modules/monitoring/dashboards");

  private Dashboards() {}

  public static JsonNode render(String file) throws IOException {
    String body =
        Files.readString(DIR.resolve(file))
            .replace("${region}", "ap-northeast-2")
            .replace("${function_name}", "naver-sms-automation-prod-cycle")
            .replace("${log_group}", "/aws/lambda/naver-sms-automation-prod-cycle")
            .replace("${metric_service}", "naver-sms-automation")
            .replace("${environment}", "prod");
    if (body.contains("${")) {
      throw new IllegalStateException(file + " has an unknown template variable");
    }
    return new ObjectMapper().readTree(body);
  }

  /** [namespace, metric, dimension name, dimension value, ...] of every metric widget line. */
  public static List<List<String>> metricLines(JsonNode dashboard) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode w : dashboard.path("widgets")) {
      for (JsonNode line : w.path("properties").path("metrics")) {
        List<String> parts = new ArrayList<>();
        line.forEach(n -> {
          if (n.isTextual()) parts.add(n.asText());
        });
        out.add(parts);
      }
    }
    return out;
  }

  public static List<String> logQueries(JsonNode dashboard) {
    List<String> out = new ArrayList<>();
    for (JsonNode w : dashboard.path("widgets")) {
      if (w.path("type").asText().equals("log")) {
        out.add(w.path("properties").path("query").asText());
      }
    }
    return out;
  }
}
