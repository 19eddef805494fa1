package com.naversms.parity.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A dataset file's text (strictly UTF-8) and the lines of its top-level keys, for errors. */
final class DocumentText {
  private DocumentText() {}

  static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigException(
          new ConfigError(file.toString(), "", 0, "cannot read file: " + e.getMessage()));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(new ConfigError(file.toString(), "", 0, "not valid UTF-8"));
    }
  }

  /** Top-level key → its line (1-based); the document is a mapping. */
  static Map<String, Integer> topKeyLines(ObjectMapper yaml, String text) throws IOException {
    Map<String, Integer> lines = new LinkedHashMap<>();
    try (JsonParser p = yaml.createParser(text)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1) {
              lines.putIfAbsent(p.currentName(), p.currentTokenLocation().getLineNr());
            }
          }
          default -> {}
        }
      }
    }
    return lines;
  }
}
