package com.naversms.adapters.observability;

import com.naversms.adapters.redaction.LoadedSecrets;
import com.naversms.adapters.redaction.Redaction;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link System#out} and {@link System#err} behind {@link LoadedSecrets}: every line the
 * process prints (command output, picocli's error messages, a stack trace) leaves with the loaded
 * secrets replaced by {@code ***}, whether it was written in UTF-8 or in the platform's encoding.
 * Phones are not touched here: the commands that exist to show them ({@code plan --format json})
 * print them, the others mask them themselves.
 */
public final class RedactedStdio {
  private static boolean installed;

  private RedactedStdio() {}

  /** Once per process, at its entry point, before anything is printed. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    PrintStream out = redacted(System.out);
    PrintStream err = redacted(System.err);
    System.setOut(out);
    System.setErr(err);
    // a last line without its line break still leaves at exit
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.flush();
                  err.flush();
                },
                "redacted-stdio-flush"));
  }

  /**
   * {@code out} behind the process's loaded secrets; the stream keeps its encoding. Not
   * auto-flushed (an auto-flushing PrintStream flushes every {@code print}, which would hand over
   * half lines): each line leaves when it ends, a half line on an explicit flush (a prompt).
   */
  static PrintStream redacted(PrintStream out) {
    return new PrintStream(
        redacting(out, out.charset(), LoadedSecrets.process()), false, out.charset());
  }

  static OutputStream redacting(OutputStream out, Charset charset, LoadedSecrets secrets) {
    return new RedactingOutputStream(out, new Needles(charset, secrets)::redact);
  }

  /** The secrets as the bytes they are printed as (UTF-8 and {@code charset}), one char a byte. */
  private static final class Needles {
    private final Charset charset;
    private final LoadedSecrets secrets;
    private Redaction seen;
    private List<String> needles = List.of();

    Needles(Charset charset, LoadedSecrets secrets) {
      this.charset = charset;
      this.secrets = secrets;
    }

    synchronized String redact(String bytes) {
      Redaction now = secrets.redaction();
      if (now != seen) {
        List<String> all = new ArrayList<>();
        for (String secret : now.secrets()) {
          all.add(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
          String local = new String(secret.getBytes(charset), StandardCharsets.ISO_8859_1);
          if (!all.contains(local) && charset.newEncoder().canEncode(secret)) {
            all.add(local);
          }
        }
        needles = all;
        seen = now;
      }
      String out = bytes;
      for (String needle : needles) {
        out = out.replace(needle, "***");
      }
      return out;
    }
  }
}
