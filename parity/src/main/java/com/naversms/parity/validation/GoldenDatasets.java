package com.naversms.parity.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.naver.BookingRead;
import com.naversms.core.booking.BookingProblem;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.formats.snapshot.RecordJson;
import com.naversms.formats.snapshot.RecordRead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads golden datasets for the validation campaign (docs/validation.md): a folder with {@code
 * manifest.yaml} (or {@code .json}) naming scenario files, each with bookings in the partner-API
 * shape, records in the legacy {@code sms} shape, the instant and the expectations. Errors name the
 * file, the key and its line.
 */
public final class GoldenDatasets {
  public static final List<String> MANIFESTS =
      List.of("manifest.yaml", "manifest.yml", "manifest.json");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldenDatasets() {}

  /** The manifest of {@code dir}; every listed scenario file must exist. */
  public static Dataset dataset(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw error(dir, "", 0, "datasets folder not found");
    }
    Path manifest =
        MANIFESTS.stream()
            .map(dir::resolve)
            .filter(Files::isRegularFile)
            .findFirst()
            .orElseThrow(
                () -> error(dir, "", 0, "no manifest.yaml or manifest.json in the folder"));
    Doc doc = Doc.read(manifest);
    Object list = doc.root().get("scenarios");
    if (!(list instanceof List<?> entries) || entries.isEmpty()) {
      throw doc.error("scenarios", "expected a non-empty list of scenario files");
    }
    List<Path> files = new ArrayList<>();
    List<ConfigError> missing = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Object e = entries.get(i);
      Object file = e instanceof Map<?, ?> m ? m.get("file") : e;
      Path p = dir.resolve(String.valueOf(file));
      if (file == null || !Files.isRegularFile(p)) {
        missing.add(
            new ConfigError(
                manifest.toString(),
                "scenarios[" + i + "]",
                doc.line("scenarios"),
                "scenario file not found: " + p));
      }
      files.add(p);
    }
    if (!missing.isEmpty()) {
      throw new ConfigException(missing);
    }
    String name = doc.text("name").orElse(dir.getFileName().toString());
    Path config = doc.text("config").map(dir::resolve).orElse(null);
    List<String> elsewhere = new ArrayList<>();
    if (doc.root().get("covered_elsewhere") instanceof List<?> cases) {
      for (Object c : cases) {
        elsewhere.add(
            c instanceof Map<?, ?> m ? m.get("case") + ": " + m.get("by") : String.valueOf(c));
      }
    }
    return new Dataset(name, dir, config, files, elsewhere);
  }

  /** One scenario file; bookings and records are read as {@code plan} reads its snapshot files. */
  public static Scenario scenario(Path file) {
    Doc doc = Doc.read(file);
    String name = doc.text("name").orElse(file.getFileName().toString());
    String at =
        doc.text("at")
            .orElseThrow(() ->
                doc.error("at", "missing: the cycle's instant, e.g. 2026-11-27T12:10:00+09:00"));
    Instant instant;
    try {
      instant = OffsetDateTime.parse(at).toInstant();
    } catch (DateTimeParseException e) {
      throw doc.error("at", "expected an ISO-8601 instant with offset, got \"" + at + "\"");
    }
    String source = file.toString();
    BookingRead bookings =
        BookingJson.read(
            json(doc.root().getOrDefault("bookings", List.of())), source + " bookings");
    RecordRead records =
        RecordJson.read(json(doc.root().getOrDefault("records", List.of())), source + " records");
    List<BookingProblem> problems = new ArrayList<>(bookings.problems());
    problems.addAll(records.problems());
    Map<String, Object> expect = doc.map("expect");
    Object exhaustive = expect.getOrDefault("exhaustive", Boolean.TRUE);
    Object count = expect.get("problems");
    return new Scenario(
        name,
        file.toString(),
        doc.text("description").orElse(""),
        strings(doc.root().get("covers")),
        instant,
        bookings.bookings(),
        problems,
        records.records(),
        maps(doc, "expect.actions", expect.get("actions")),
        !Boolean.FALSE.equals(exhaustive),
        count instanceof Number n ? n.intValue() : null,
        expect.containsKey("fetch") ? maps(doc, "expect.fetch", expect.get("fetch")) : null,
        expect.containsKey("intended_differences")
            ? strings(expect.get("intended_differences"))
            : null,
        counts(doc, expect.get("action_counts")));
  }

  private static Map<String, Integer> counts(Doc doc, Object value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw doc.error("expect.action_counts", "expected a mapping of action type to count");
    }
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (var e : m.entrySet()) {
      if (!(e.getValue() instanceof Number n)) {
        throw doc.error("expect.action_counts", "expected a count for " + e.getKey());
      }
      out.put(String.valueOf(e.getKey()), n.intValue());
    }
    return out;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed YAML value is always writable as JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Doc doc, String key, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
      throw doc.error(key, "expected a list of mappings");
    }
    return (List<Map<String, Object>>) value;
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  static ConfigException error(Path file, String path, int line, String message) {
    return new ConfigException(new ConfigError(file.toString(), path, line, message));
  }

  /** A parsed document with the lines of its top-level keys. */
  private record Doc(Path file, Map<String, Object> root, Map<String, Integer> keyLines) {
    @SuppressWarnings("unchecked")
    static Doc read(Path file) {
      String text = DocumentText.read(file);
      Object root;
      Map<String, Integer> lines;
      try {
        root = YAML.readValue(text, Object.class);
        lines = root instanceof Map<?, ?> ? DocumentText.topKeyLines(YAML, text) : Map.of();
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw GoldenDatasets.error(
            file, "", line, "not valid YAML/JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw GoldenDatasets.error(file, "", 0, "cannot read: " + e.getMessage());
      }
      if (!(root instanceof Map<?, ?>)) {
        throw GoldenDatasets.error(file, "", 1, "expected a mapping at the top");
      }
      return new Doc(file, (Map<String, Object>) root, lines);
    }

    int line(String key) {
      String top = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      return keyLines.getOrDefault(top, 0);
    }

    Optional<String> text(String key) {
      Object v = root.get(key);
      return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
      Object v = root.get(key);
      if (v == null) {
        return Map.of();
      }
      if (!(v instanceof Map<?, ?>)) {
        throw error(key, "expected a mapping");
      }
      return (Map<String, Object>) v;
    }

    ConfigException error(String key, String message) {
      return GoldenDatasets.error(file, key, line(key), message);
    }
  }
}
