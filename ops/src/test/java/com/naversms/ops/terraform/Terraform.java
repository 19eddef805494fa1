package com.naversms.ops.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Terraform tree parsed offline by {@code ops/hcl2json.mjs} (npm {@code @cdktf/hcl2json}): no
 * terraform binary, no provider schemas, only the configuration as data.
 */
public final class Terraform {
  public static final Path ROOT = RepoPaths.root().resolve("infrastructure/terraform");
  private final JsonNode files;

  private Terraform(JsonNode files) {
    this.files = files;
  }

  /** Parses every .tf and .tfvars file under infrastructure/terraform. */
  public static Terraform load() throws IOException, InterruptedException {
    List<String> paths;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      paths =
          walk.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
              .map(p -> ROOT.relativize(p).toString())
              .sorted()
              .toList();
    }
    Path script = RepoPaths.root().resolve("ops/hcl2json.mjs");
    Path modules = RepoPaths.root().resolve("ops/node_modules/@cdktf/hcl2json");
    if (!Files.isDirectory(modules)) {
      throw new IllegalStateException(
          "ops/node_modules is missing: run 'npm ci' in ops/ (bin/test does it) — needs node and npm");
    }
    List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
    cmd.addAll(paths);
    Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("hcl2json failed: " + err);
    }
    return new Terraform(new ObjectMapper().readTree(out));
  }

  public JsonNode file(String relativePath) {
    JsonNode f = files.get(relativePath);
    if (f == null) {
      throw new IllegalArgumentException("no such Terraform file: " + relativePath);
    }
    return f;
  }

  /**
   * The parsed files' paths relative to infrastructure/terraform, e.g. {@code modules/ecr/main.tf}.
   */
  public List<String> fileNames() {
    List<String> out = new ArrayList<>();
    files.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The first block of {@code resource "type" "name"} in any file. */
  public JsonNode resource(String type, String name) {
    return find("resource", type, name)
        .orElseThrow(() -> new AssertionError("no resource " + type + "." + name));
  }

  public Optional<JsonNode> find(String kind, String type, String name) {
    for (JsonNode f : files) {
      JsonNode blocks = f.path(kind).path(type).path(name);
      if (blocks.isArray() && !blocks.isEmpty()) {
        return Optional.of(blocks.get(0));
      }
    }
    return Optional.empty();
  }

  /** Every resource of a type, across files. */
  public List<JsonNode> resources(String type) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : files) {
      f.path("resource").path(type).forEach(blocks -> blocks.forEach(out::add));
    }
    return out;
  }

  /** A tfvars file's value of a variable, e.g. {@code environments/prod.tfvars}. */
  public JsonNode tfvar(String tfvarsFile, String variable) {
    return file(tfvarsFile).path(variable);
  }
}
