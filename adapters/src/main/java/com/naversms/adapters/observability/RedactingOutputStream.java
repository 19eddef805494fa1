package com.naversms.adapters.observability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Passes bytes on line by line, each line through {@code redact} first. A line is held until its
 * line break, or until {@link #flush()} (a prompt without one), so a secret split over several
 * writes of one line is still found. The line is handed over as ISO-8859-1 text (one char per
 * byte): whatever the writer's encoding, the bytes that are not replaced leave unchanged.
 */
final class RedactingOutputStream extends OutputStream {
  private final OutputStream out;
  private final UnaryOperator<String> redact;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  /**
   * @param redact gets and returns a line as ISO-8859-1 text (one char per byte)
   */
  RedactingOutputStream(OutputStream out, UnaryOperator<String> redact) {
    this.out = out;
    this.redact = redact;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    line.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n') {
        line.write(b, start, i + 1 - start);
        emit();
        start = i + 1;
      }
    }
    line.write(b, start, off + len - start);
  }

  @Override
  public synchronized void flush() throws IOException {
    emit();
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    out.close();
  }

  private void emit() throws IOException {
    if (line.size() == 0) {
      return;
    }
    String bytes = line.toString(StandardCharsets.ISO_8859_1);
    line.reset();
    out.write(redact.apply(bytes).getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
