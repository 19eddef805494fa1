package com.naversms.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.app.wiring.ConfigFolder;
import com.naversms.simulator.Routes;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.s3.S3Sim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code naver-sms config push --to s3://...} from outside (issue 14 item 3), against the
 * simulator's S3 (SigV4 checked): a valid folder is uploaded file by file and its hash printed (the
 * hash the cycle function logs); an invalid folder is refused with the file and line, exit 2, and
 * nothing reaches S3; a malformed target is exit 2.
 */
class ConfigPushE2ETest {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @Test
  void validFolderIsUploaded_invalidIsRefusedWithFileAndLine(@TempDir Path work)
      throws IOException {
    Path config = copy(Repo.config(), work.resolve("config"));
    try (Simulator sim = Simulator.start()) {
      sim.s3().createBucket("naver-sms-dev-config");
      Map<String, String> env = new LinkedHashMap<>();
      env.put("AWS_ENDPOINT_URL_S3", S3Sim.endpoint(sim.baseUrl()));
      env.put("AWS_ACCESS_KEY_ID", sim.s3().accessKey());
      env.put("AWS_SECRET_ACCESS_KEY", sim.s3().secretKey());
      env.put("AWS_REGION", "ap-northeast-2");

      Result ok =
          Product.run(
                  env,
                  work,
                  TIMEOUT,
                  "config",
                  "push",
                  "--config",
                  config.toString(),
                  "--to",
                  "s3://naver-sms-dev-config/prod/config/")
              .assertExit(0);
      assertThat(ok.stdout())
          .contains("uploaded s3://naver-sms-dev-config/prod/config/rules.yaml \"")
          .contains(
              "config pushed: s3://naver-sms-dev-config/prod/config/ sha256 "
                  + ConfigFolder.hash(config));
      try (Stream<Path> files = Files.list(config)) {
        for (Path f : files.toList()) {
          assertThat(sim.s3().object("naver-sms-dev-config", "prod/config/" + f.getFileName()))
              .as(f.getFileName().toString())
              .contains(Files.readAllBytes(f));
        }
      }

      int puts = sim.requests(Routes.S3_PUT).size();
      Path rules = config.resolve("rules.yaml");
      String text = Files.readString(rules, StandardCharsets.UTF_8);
      Files.writeString(
          rules,
          text.replaceFirst("template: \"confirmation\"", "template: \"no_such_template\""),
          StandardCharsets.UTF_8);
      Result refused =
          Product.run(
                  env,
                  work,
                  TIMEOUT,
                  "config",
                  "push",
                  "--config",
                  config.toString(),
                  "--to",
                  "s3://naver-sms-dev-config/prod/config/")
              .assertExit(2);
      assertThat(refused.stderr())
          .containsPattern("rules\\.yaml:[0-9]+: ")
          .contains("no_such_template")
          .contains("nothing uploaded to s3://naver-sms-dev-config/prod/config/");
      assertThat(sim.requests(Routes.S3_PUT)).hasSize(puts);

      Result badTarget =
          Product.run(env, work, TIMEOUT, "config", "push", "--to", "https://bucket/x")
              .assertExit(2);
      assertThat(badTarget.stderr()).contains("--to: expected s3://BUCKET/PREFIX/");
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
