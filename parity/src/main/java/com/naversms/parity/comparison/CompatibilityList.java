package com.naversms.parity.comparison;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable list of intended differences ({@code compatibility/intended-differences.txt}
 * on the classpath, one {@code ID description} per line, {@code #} comments), for reports that show
 * what an id means.
 */
public final class CompatibilityList {
  static final String RESOURCE = "/compatibility/intended-differences.txt";

  private CompatibilityList() {}

  /** Id → description, in file order; empty when the list is not on the classpath. */
  public static Map<String, String> load() {
    try (InputStream in = CompatibilityList.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Map<String, String> parse(InputStream in) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int space = t.indexOf(' ');
      out.put(space < 0 ? t : t.substring(0, space), space < 0 ? "" : t.substring(space + 1));
    }
    return out;
  }
}
