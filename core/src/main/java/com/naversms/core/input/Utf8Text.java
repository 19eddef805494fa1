package com.naversms.core.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of an input file: bytes that are not UTF-8 are named by their offset and
 * line, never replaced and never reported as Java's bare "Input length = 1".
 */
public final class Utf8Text {
  private Utf8Text() {}

  /**
   * @throws ConfigException naming {@code file}, the line and the byte offset of the first byte
   *     that is not UTF-8
   */
  public static String decode(byte[] bytes, String file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      int line = lineAt(bytes, offset);
      throw new ConfigException(
          new ConfigError(
              file,
              "",
              line,
              String.format(
                  "not valid UTF-8: byte 0x%02X at byte offset %,d",
                  bytes[offset] & 0xFF, offset)));
    }
    return out.flip().toString();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
