package com.naversms.core.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Parses JSON snapshot documents; a document that is not a JSON array fails naming the source. */
public final class JsonDocuments {
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonDocuments() {}

  /** How a problem names an array element that has no id of its own. */
  public static String positional(int index) {
    return "at index " + index;
  }

  /**
   * The file's text, strictly UTF-8.
   *
   * @throws ConfigException naming the file (and the byte offset of bytes that are not UTF-8)
   */
  public static String readText(Path file) {
    try {
      return Utf8Text.decode(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new ConfigException(
          new ConfigError(file.toString(), "", 0, "cannot read file: " + e.getMessage()));
    }
  }

  /**
   * The array at the root, or under {@code Items} (a DynamoDB scan's output) when {@code
   * allowItems}.
   */
  public static JsonNode array(String json, String sourceName, boolean allowItems) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json == null ? "" : json)) {
      root = MAPPER.readTree(parser);
      if (root != null) {
        refuseTrailing(parser, sourceName, root.isArray() ? "array" : "value");
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(
          new ConfigError(sourceName, "", line, "not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (allowItems && root != null && root.isObject() && root.path("Items").isArray()) {
      return root.get("Items");
    }
    if (root == null || !root.isArray()) {
      String kind = root == null || root.isMissingNode() ? "empty" : root.getNodeType().toString();
      throw new ConfigException(
          new ConfigError(
              sourceName, "", 1, "expected a JSON array, got " + kind.toLowerCase(Locale.ROOT)));
    }
    return root;
  }

  /** Anything but whitespace after the document's one value is an error, even valid JSON. */
  private static void refuseTrailing(JsonParser parser, String sourceName, String what)
      throws IOException {
    JsonLocation at;
    try {
      if (parser.nextToken() == null) {
        return;
      }
      at = parser.currentTokenLocation();
    } catch (JsonProcessingException e) {
      at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
    }
    throw new ConfigException(
        new ConfigError(
            sourceName,
            "",
            at.getLineNr(),
            "unexpected content after the JSON "
                + what
                + " at column "
                + at.getColumnNr()
                + " (a snapshot file holds exactly one JSON array)"));
  }

  /** A plain Map/List/String/Number/Boolean copy of a node (nulls kept inside maps). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> plainMap(JsonNode node) {
    return MAPPER.convertValue(node, Map.class);
  }

  public static Object plain(JsonNode node) {
    return MAPPER.convertValue(node, Object.class);
  }

  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
