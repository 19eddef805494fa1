package com.naversms.bench.cycle;

import com.naversms.adapters.dynamodb.DynamoSessionStore;
import com.naversms.adapters.dynamodb.DynamoStateStore;
import com.naversms.adapters.naver.BookingJson;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.bench.BenchData;
import com.naversms.bench.report.Median;
import com.naversms.bench.report.Row;
import com.naversms.core.booking.Booking;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorEnv;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Issue 19 item 1a/1b: the cycle function's artifact ({@code lambda/target/naver-sms-cycle.jar})
 * started as Lambda's managed Java runtime starts it, from process start to the first cycle's
 * answer: Lambda's own runtime client ({@code AWSLambda}) as the main class on its own class path,
 * the handler loaded from the task folder, {@code JAVA_TOOL_OPTIONS} as {@code cycle.tf} sets them,
 * the runtime's heap and collector options for 512 MB; one scheduled event from a stand-in Runtime
 * API; state in DynamoDB Local (records for every booking, every message already sent, a valid
 * session), Naver/SENS/Telegram/Slack simulated at 50 ms per request, 8 × 62 bookings of today.
 *
 * <p>Two layouts: (a) the jar unpacked into the task folder, as Lambda unpacks a zip package, no
 * archive of its own; (b) the same jar as {@code lib/naver-sms-cycle.jar} (class-data sharing maps
 * classes from jar files only) with a dynamic CDS archive dumped at the exit of one training
 * invocation ({@code -XX:ArchiveClassesAtExit}) and mapped through {@code JAVA_TOOL_OPTIONS}
 * ({@code -XX:SharedArchiveFile}). Each figure is the median of RUNS cold starts after one untimed
 * one.
 *
 * <p>Usage: {@code LambdaStartupBench RUNS JAVA}, {@code JAVA} the {@code java} of the JDK to start
 * (Lambda's is 21); {@code bench.lambda.preload} (system property) an {@code LD_PRELOAD} for it.
 */
public final class LambdaStartupBench {
  /** The artifact; {@code bench.lambda.jar} points at another one (an A/B of two builds). */
  private static final Path JAR =
      Path.of(System.getProperty("bench.lambda.jar", "lambda/target/naver-sms-cycle.jar"));

  private static final String HANDLER = "com.naversms.app.lambda.CycleHandler::handleRequest";

  /** {@code infrastructure/terraform/modules/functions/cycle.tf}. */
  private static final String TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

  /** What the java21 runtime's bootstrap passes for a 512 MB function (heap ~85 %, Serial GC). */
  private static final List<String> RUNTIME_OPTIONS =
      List.of("-XX:MaxHeapSize=445645k", "-XX:+UseSerialGC", "-Xshare:auto");

  /** The runtime client and its manifest's Class-Path, as the managed runtime provides them. */
  private static final List<String> RUNTIME_JARS =
      List.of(
          "/com/amazonaws/aws-lambda-java-runtime-interface-client/",
          "/com/amazonaws/aws-lambda-java-core/",
          "/com/amazonaws/aws-lambda-java-serialization/",
          "/software/amazon/awssdk/utils-lite/",
          "/software/amazon/awssdk/annotations/");

  private static final int STORES = 8;
  private static final int PER_STORE = 62;

  private LambdaStartupBench() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    String java = args[1];
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " missing: bin/bench packages the lambda module");
    }
    Path dir = Files.createTempDirectory("bench-lambda");
    Path unpacked = extract(JAR, dir.resolve("task"));
    Path cdsTask = Files.createDirectories(dir.resolve("task-cds").resolve("lib"));
    Files.copy(JAR, cdsTask.resolve("naver-sms-cycle.jar"), StandardCopyOption.REPLACE_EXISTING);
    Path archive = dir.resolve("task-cds").resolve("naver-sms-cycle.jsa");
    Path config = CycleWorld.configDir(dir.resolve("config"), STORES);
    String version = JdkVersion.of(java);
    try (Simulator sim =
            Simulator.start(SimulatorOptions.defaults().latency(Duration.ofMillis(50)));
        DynamoLocal dynamo = DynamoLocal.start()) {
      Scenario scenario =
          Scenario.generated(
              42, BenchData.storeIds(STORES), PER_STORE, LocalDate.now(Booking.SEOUL));
      sim.naver().scenario(scenario);
      seed(dynamo, scenario, sim);
      Map<String, String> env = env(sim, dynamo, config);
      Launch plain = new Launch(java, unpacked, env, List.of());
      Launch training =
          new Launch(
              java, dir.resolve("task-cds"), env, List.of("-XX:ArchiveClassesAtExit=" + archive));
      Launch cds =
          new Launch(
              java, dir.resolve("task-cds"), env, List.of("-XX:SharedArchiveFile=" + archive));
      List<Long> plainMs = times(plain, runs, "no archive");
      time(training, "training run (dumps the CDS archive at exit)");
      if (!Files.isRegularFile(archive)) {
        throw new IllegalStateException("the training run dumped no archive at " + archive);
      }
      List<Long> cdsMs = times(cds, runs, "CDS archive");
      rows(version, Median.of(plainMs), Median.of(cdsMs), Files.size(JAR), Files.size(archive));
    }
  }

  private static void rows(
      String version, double plainMs, double cdsMs, long jarBytes, long archiveBytes) {
    String jdk = version.startsWith("21") ? "JDK " + version : "JDK " + version + ", not 21";
    System.out.println(
        new Row(
                "start-up: cycle Lambda artifact as the managed runtime starts it (runtime client,"
                    + " JAVA_TOOL_OPTIONS of cycle.tf, "
                    + jdk
                    + ", no archive of its own) → first cycle done, 8×62 (issue 19 item 1a)",
                "≤ 1500 ms",
                String.format("%.0f ms (jar %.1f MB)", plainMs, jarBytes / 1e6),
                plainMs / 1500.0)
            .line());
    System.out.println(
        new Row(
                "start-up: the same with a CDS archive of a training invocation, jar in lib/,"
                    + " -XX:SharedArchiveFile in JAVA_TOOL_OPTIONS (issue 19 item 1b)",
                "≤ 1000 ms",
                String.format(
                    "%.0f ms (jar %.1f MB + archive %.1f MB)",
                    cdsMs, jarBytes / 1e6, archiveBytes / 1e6),
                cdsMs / 1000.0)
            .line());
    // issue 19 item 5's compute half, from the cold start measured as Lambda runs the function
    System.out.println(LambdaCost.monthRow(plainMs).line());
  }

  private static List<Long> times(Launch launch, int runs, String label) throws Exception {
    time(launch, label + ", untimed first run");
    List<Long> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ms.add(time(launch, label + ", run " + (i + 1)));
    }
    return ms;
  }

  /** One cold start: spawn to the runtime client's answer, in ms. */
  private static long time(Launch launch, String label) throws Exception {
    try (RuntimeApiStandIn api = new RuntimeApiStandIn()) {
      Path log = Files.createTempFile("bench-lambda", ".log");
      ProcessBuilder pb = launch.command(api.runtimeApi());
      pb.redirectErrorStream(true).redirectOutput(log.toFile());
      long t0 = System.nanoTime();
      Process child = pb.start();
      RuntimeApiStandIn.Answer answer;
      try {
        answer = api.answer.get(120, TimeUnit.SECONDS);
      } finally {
        child.destroy(); // SIGTERM: the JVM exits normally (a training run dumps its archive)
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      }
      long ms = (answer.nanos() - t0) / 1_000_000;
      if (!answer.kind().equals("response") || !answer.body().contains("\"completed\"")) {
        throw new IllegalStateException(
            "the cycle function answered "
                + answer.kind()
                + ": "
                + answer.body()
                + "\n"
                + tail(log));
      }
      System.err.printf(
          "lambda start-up %s: %d ms (init %d ms: JVM, runtime client, handler built; then the"
              + " invocation %d ms)%n",
          label,
          ms,
          (answer.polledNanos() - t0) / 1_000_000,
          (answer.nanos() - answer.polledNanos()) / 1_000_000);
      if (Boolean.getBoolean("bench.lambda.keepLogs")) {
        System.err.println("  its output: " + log);
      } else {
        Files.deleteIfExists(log);
      }
      return ms;
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  /** One way of starting the function: the JDK, the task folder, more JAVA_TOOL_OPTIONS. */
  private record Launch(String java, Path task, Map<String, String> env, List<String> toolOptions) {
    ProcessBuilder command(String runtimeApi) {
      List<String> cmd = new ArrayList<>(List.of(java));
      cmd.addAll(RUNTIME_OPTIONS);
      cmd.addAll(List.of("-cp", String.join(File.pathSeparator, runtimeJars())));
      cmd.addAll(List.of("com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER));
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(task.toFile());
      Map<String, String> e = pb.environment();
      e.clear();
      e.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
      e.put("HOME", task.toString());
      String preload = System.getProperty("bench.lambda.preload", "");
      if (!preload.isBlank()) {
        e.put("LD_PRELOAD", preload);
      }
      e.putAll(env);
      e.put("LAMBDA_TASK_ROOT", task.toString());
      e.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
      List<String> tool = new ArrayList<>(List.of(TOOL_OPTIONS));
      tool.addAll(toolOptions);
      // experiments only (e.g. -Xlog:class+load:file=…:uptime): options the timed runs do not carry
      String extra = System.getProperty("bench.lambda.extraToolOptions", "");
      if (!extra.isBlank()) {
        tool.add(extra);
      }
      e.put("JAVA_TOOL_OPTIONS", String.join(" ", tool));
      return pb;
    }
  }

  private static List<String> runtimeJars() {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (RUNTIME_JARS.stream().anyMatch(path::contains)) {
        jars.add(entry);
      }
    }
    if (jars.size() != RUNTIME_JARS.size()) {
      throw new IllegalStateException("Lambda's runtime client jars not all on the class path");
    }
    return jars;
  }

  /** What Terraform sets on the cycle function, pointed at the simulator and DynamoDB Local. */
  private static Map<String, String> env(Simulator sim, DynamoLocal dynamo, Path config) {
    Map<String, String> env = new LinkedHashMap<>();
    SimulatorEnv.of(sim, Path.of("unused.db"), Map.of()).forEach(env::put);
    env.remove("SQLITE_PATH");
    // the production pace and retries, not the demo's
    env.remove("FETCH_MIN_INTERVAL_MS");
    env.remove("RETRY_PAUSE_MS");
    // the stores at once, as the bin/naver-sms run row (FETCH_CONCURRENCY=8)
    env.put("FETCH_CONCURRENCY", String.valueOf(STORES));
    env.put("STATE_BACKEND", "dynamodb");
    env.put("SMS_TABLE", "sms");
    env.put("SESSION_TABLE", "session");
    env.put("OPTOUT_TABLE", "sms_optouts");
    env.put("LOGIN_FUNCTION_NAME", "naver-sms-automation-login");
    env.put("LOG_LEVEL", "INFO");
    env.put("AWS_LAMBDA_FUNCTION_NAME", "naver-sms-automation-cycle");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/naver-sms-automation-cycle");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/04/[1]0000");
    env.put("AWS_REGION", "ap-northeast-2");
    env.put("AWS_ACCESS_KEY_ID", "fake");
    env.put("AWS_SECRET_ACCESS_KEY", "fake");
    env.put("DYNAMODB_ENDPOINT", "http://localhost:" + dynamo.port());
    env.put("NAVER_SMS_CONFIG_DIR", config.toString());
    return env;
  }

  /** A record for every booking, every message sent (nothing due), and a valid session. */
  private static void seed(DynamoLocal dynamo, Scenario scenario, Simulator sim) {
    DynamoStateStore state = new DynamoStateStore(dynamo.client());
    for (Booking b : BookingJson.read(scenario.toJson(), "bench").bookings()) {
      state.create(
          new StoredRecord(
              RecordKeys.forNewItem(b),
              b.name() == null ? "" : b.name(),
              b.startLocal().truncatedTo(ChronoUnit.SECONDS),
              true,
              true,
              false,
              "",
              Map.of("biz_id", b.storeId())));
    }
    new DynamoSessionStore(dynamo.client()).save(SimulatedWorld.issueSession(sim));
  }

  /** As Lambda unpacks a zip package into {@code /var/task}. */
  private static Path extract(Path jarFile, Path into) throws IOException {
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the task folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = jar.getInputStream(e)) {
          Files.copy(in, target);
        }
      }
    }
    return into;
  }
}
