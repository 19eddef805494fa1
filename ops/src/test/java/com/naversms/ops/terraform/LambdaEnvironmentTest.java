package com.naversms.ops.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable Terraform gives a function is one the code reads (no dead settings).
 */
class LambdaEnvironmentTest {
  /** Read by the JVM or the OS, not by our code. */
  private static final Set<String> PLATFORM = Set.of("HOME", "JAVA_TOOL_OPTIONS");

  @Test
  void everyVariableTerraformSetsIsReadByTheCode() throws Exception {
    Terraform tf = Terraform.load();
    String sources = mainSources();
    for (String fn : List.of("cycle", "login")) {
      JsonNode vars =
          tf.resource("aws_lambda_function", fn).path("environment").get(0).path("variables");
      List<String> names = new ArrayList<>();
      vars.fieldNames().forEachRemaining(names::add);
      assertThat(names).isNotEmpty();
      for (String name : names) {
        if (!PLATFORM.contains(name)) {
          assertThat(sources)
              .as(fn + " sets " + name + " but no code reads it")
              .contains("\"" + name + "\"");
        }
      }
    }
  }

  /** Issue 17: {@code alimtalk_enabled} (default false) is the cycle's {@code ALIMTALK_ENABLED}. */
  @Test
  void alimTalkIsOffUnlessTheEnvironmentTurnsItOn() throws Exception {
    Terraform tf = Terraform.load();
    JsonNode variable = tf.file("variables.tf").path("variable").path("alimtalk_enabled").get(0);
    assertThat(variable.path("type").asText()).isEqualTo("${bool}");
    assertThat(variable.path("default").asBoolean(true)).isFalse();
    assertThat(tf.file("main.tf").path("module").path("functions").get(0).path("alimtalk_enabled"))
        .hasToString("\"${var.alimtalk_enabled}\"");
    JsonNode vars =
        tf.resource("aws_lambda_function", "cycle").path("environment").get(0).path("variables");
    assertThat(vars.path("ALIMTALK_ENABLED").asText())
        .isEqualTo("${var.alimtalk_enabled ? \"true\" : \"false\"}");
    assertThat(mainSources()).contains("\"ALIMTALK_ENABLED\"");
  }

  @Test
  void theCyclePackageCarriesTheShippedConfigWhereTheHandlerReadsIt() throws Exception {
    for (String file : List.of("rules.yaml", "stores.yaml", "sms_templates.yaml")) {
      var inJar = getClass().getClassLoader().getResource("config/" + file);
      assertThat(inJar).as("config/" + file + " in the app jar").isNotNull();
      assertThat(
              new String(
                  inJar.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(RepoPaths.root().resolve("config").resolve(file)));
    }
    assertThat(mainSources()).contains("\"/var/task/config\"");
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(RepoPaths.root())) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/java/"))
              .toList()) {
        all.append(Files.readString(p));
      }
    }
    return all.toString();
  }
}
