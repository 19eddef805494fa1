package com.naversms.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A finished child: its exit code and everything it wrote. */
public record Result(int exit, String stdout, String stderr) {

  /** This result, after failing with both outputs unless the exit code is {@code expected}. */
  public Result assertExit(int expected) {
    if (exit != expected) {
      throw new AssertionError(
          "expected exit " + expected + ", got " + exit + System.lineSeparator() + describe());
    }
    return this;
  }

  /** stdout then stderr, each headed, for assertion messages. */
  public String describe() {
    return Child.describe("stdout", stdout) + Child.describe("stderr", stderr);
  }

  /** Fails when a full phone number appears in stdout or stderr ({@link OutputScan}). */
  public Result assertNoFullPhone() {
    OutputScan.assertNoFullPhone("stdout", stdout);
    OutputScan.assertNoFullPhone("stderr", stderr);
    return this;
  }

  /** The JSON lines of stderr (log lines and EMF metric documents), in order. */
  public List<JsonNode> jsonLines() {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.startsWith("{")) {
        try {
          out.add(json.readTree(line));
        } catch (java.io.IOException notJson) {
          // a line that only starts like JSON: not a log line
        }
      }
    }
    return out;
  }
}
