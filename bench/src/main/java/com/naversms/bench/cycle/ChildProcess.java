package com.naversms.bench.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * How {@link StartupBench} starts the product: as {@code bin/naver-sms} does (bash sourcing {@code
 * bin/lib/java-home.sh} and {@code bin/lib/jvm-cache.sh}, then {@code java} with {@code
 * bin/lib/naver-sms.jvmopts} and the start-up cache of the {@code run} command), on the shaded jar
 * plus a small jar holding {@link OneCycle} as the main class. The cache lives in the bench's own
 * folder, so the first runs record and build it. System properties: {@code startup.jar} (default
 * {@code app/target/naver-sms.jar}), {@code startup.cache=off} to run without the cache, {@code
 * startup.jvmArgs} for more JVM options (profiling).
 */
record ChildProcess(Path jar, Path childJar, Path cache, List<String> extra) {

  private static final String LAUNCH =
      """
      root="$PWD"
      source bin/lib/java-home.sh
      source bin/lib/jvm-cache.sh
      cp="$1:$2"
      jvm_cache "$1" "$cp" run
      shift 2
      exec "$JAVA_HOME/bin/java" @"$root/bin/lib/naver-sms.jvmopts" \
        ${jvm_cache_opts[@]+"${jvm_cache_opts[@]}"} $STARTUP_JVM_ARGS -cp "$cp" "$@"
      """;

  static ChildProcess of(Path dir, List<String> extra) throws IOException {
    Path jar = Path.of(System.getProperty("startup.jar", "app/target/naver-sms.jar"));
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(Path.of("bin/lib/jvm-cache.sh"))) {
      throw new IllegalStateException(
          jar
              + " or bin/lib/jvm-cache.sh missing: run from the repository root after building"
              + " the jar (bin/bench does; or NAVER_SMS_REBUILD=1 bin/naver-sms --version)");
    }
    List<String> all = new ArrayList<>(extra);
    String more = System.getProperty("startup.jvmArgs", "");
    if (!more.isBlank()) {
      all.addAll(List.of(more.strip().split("\\s+")));
    }
    return new ChildProcess(
        jar.toAbsolutePath(),
        childJar(dir.resolve("one-cycle.jar")),
        dir.resolve("jvm-cache"),
        all);
  }

  ProcessBuilder command(List<String> args) {
    List<String> cmd =
        new ArrayList<>(
            List.of("bash", "-c", LAUNCH, "startup-child", jar.toString(), childJar.toString()));
    cmd.add(OneCycle.class.getName());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put(
        "NAVER_SMS_JVM_CACHE",
        "off".equals(System.getProperty("startup.cache")) ? "off" : cache.toString());
    env.put("STARTUP_JVM_ARGS", String.join(" ", extra));
    return pb;
  }

  /** The cache is tens of MB per bench run: removed with the run's other files. */
  void deleteCache() throws IOException {
    if (Files.isDirectory(cache)) {
      try (var files = Files.walk(cache)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** {@link OneCycle} alone: everything else it needs is in the shaded jar. */
  private static Path childJar(Path target) throws IOException {
    String entry = OneCycle.class.getName().replace('.', '/') + ".class";
    try (InputStream in = OneCycle.class.getClassLoader().getResourceAsStream(entry);
        OutputStream file = Files.newOutputStream(target);
        JarOutputStream out = new JarOutputStream(file)) {
      if (in == null) {
        throw new IllegalStateException("cannot find " + entry);
      }
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return target;
  }
}
