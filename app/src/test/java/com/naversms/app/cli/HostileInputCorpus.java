package com.naversms.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile-input corpus (issue 12, items 6-8 and 10): each folder under {@code
 * src/test/resources/hostile/} holds broken config files (laid over {@code _base/}, a valid config)
 * or snapshot files, and {@code case.txt}: the command ({@code run:}), the exit code ({@code
 * exit:}), fragments stderr and stdout must hold ({@code err:}, {@code out:}) and files too big to
 * commit ({@code generate: FILE KIND SIZE}). In {@code run:}, {@code {config}} is the laid over
 * config folder, {@code {case}} the case's own folder, {@code {shipped}} the repository's {@code
 * config/}.
 */
record HostileInputCorpus(
    String name, List<String> args, int exit, List<String> err, List<String> out) {

  static final Path ROOT = resource("hostile");

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.map(d -> d.getFileName().toString())
          .filter(n -> !n.startsWith("_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prepares the case in {@code work} (config laid over the base, generated files written). */
  static HostileInputCorpus prepare(String name, Path work) throws IOException {
    Path caseDir = ROOT.resolve(name);
    Path config = Files.createDirectories(work.resolve("config"));
    Path own = Files.createDirectories(work.resolve("case"));
    copyAll(ROOT.resolve("_base"), config);
    copyAll(caseDir, own);
    List<String> args = List.of();
    int exit = -1;
    List<String> err = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(caseDir.resolve("case.txt"), StandardCharsets.UTF_8)) {
      int colon = line.indexOf(": ");
      if (line.isBlank() || line.startsWith("#") || colon < 0) {
        continue;
      }
      String value = line.substring(colon + 2);
      switch (line.substring(0, colon)) {
        case "run" -> args = Arrays.asList(value.split(" "));
        case "exit" -> exit = Integer.parseInt(value);
        case "err" -> err.add(value);
        case "out" -> out.add(value);
        case "generate" -> generate(value.split(" "), own);
        default -> throw new IllegalArgumentException(name + "/case.txt: " + line);
      }
    }
    copyAll(own, config);
    List<String> resolved =
        args.stream()
            .map(a ->
                a.replace("{config}", config.toString())
                    .replace("{case}", own.toString())
                    .replace("{shipped}", repo("config"))
                    .replace("{examples}", repo("examples")))
            .toList();
    return new HostileInputCorpus(name, resolved, exit, err, out);
  }

  /** A folder of the repository (tests run in {@code app/}). */
  private static String repo(String folder) {
    return Path.of("..", folder).toAbsolutePath().normalize().toString();
  }

  private static void generate(String[] spec, Path dir) throws IOException {
    int size = Integer.parseInt(spec[2]);
    String text =
        switch (spec[1]) {
          // one YAML string of SIZE characters
          case "long-string" -> "rules:\n  - name: \"" + "가".repeat(size / 3) + "\"\n";
          // an SMS template of SIZE characters, within the file limit
          case "long-template" ->
              Files.readString(ROOT.resolve("_base/sms_templates.yaml"))
                  .replace("예약이 확정되었습니다.", "x".repeat(size));
          // a Telegram template of SIZE nested brackets
          case "deep-brackets" ->
              "deep:\n  text: \"{{ " + "(".repeat(size) + "1" + ")".repeat(size) + " }}\"\n";
          default -> throw new IllegalArgumentException("unknown generator " + spec[1]);
        };
    Files.writeString(dir.resolve(spec[0]), text, StandardCharsets.UTF_8);
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> !p.endsWith("case.txt")).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(HostileInputCorpus.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
