package com.naversms.app.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The config folder a cycle runs on: {@code --config}, else {@code NAVER_SMS_CONFIG_DIR}, else
 * {@code ./config}; never the example config shipped with the code (only {@code demo} uses that, by
 * name). {@code hash} is the short SHA-256 of its YAML files (names and bytes), printed at start so
 * an operator can tell which config a process runs.
 *
 * @param source where the folder came from: {@code --config}, {@code NAVER_SMS_CONFIG_DIR} or
 *     {@code ./config}
 */
public record ConfigFolder(Path dir, String source, String hash) {
  public static final String ENV = "NAVER_SMS_CONFIG_DIR";

  /** The folder by precedence, absolute, not checked. */
  public static Path locate(Path flag, Map<String, String> env) {
    return choose(flag, env).dir();
  }

  /**
   * The folder by precedence, checked and hashed.
   *
   * @throws IllegalArgumentException (exit 2) naming the folder and where it came from when it is
   *     missing, not a folder or unreadable
   */
  public static ConfigFolder resolve(Path flag, Map<String, String> env) {
    ConfigFolder chosen = choose(flag, env);
    Path dir = chosen.dir();
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException(
          chosen.source().equals("./config")
              ? "no config folder: "
                  + dir
                  + " does not exist, and neither --config nor "
                  + ENV
                  + " is set (the shipped example config runs only in 'naver-sms demo')"
              : "config folder " + dir + " (from " + chosen.source() + ") does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "config folder " + dir + " (from " + chosen.source() + ") is not a folder");
    }
    if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
      throw new IllegalArgumentException(
          "config folder " + dir + " (from " + chosen.source() + ") cannot be read");
    }
    return new ConfigFolder(dir, chosen.source(), hash(dir));
  }

  private static ConfigFolder choose(Path flag, Map<String, String> env) {
    if (flag != null) {
      return new ConfigFolder(absolute(flag), "--config", "");
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new ConfigFolder(absolute(Path.of(fromEnv.strip())), ENV, "");
    }
    return new ConfigFolder(absolute(Path.of("config")), "./config", "");
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** First 12 hex digits of SHA-256 over each YAML file's name and bytes, in name order. */
  public static String hash(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> yaml =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().matches("[^.].*\\.ya?ml"))
              .sorted()
              .toList();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : yaml) {
        sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(f));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config folder " + dir + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
