package com.naversms.app.wiring;

import com.naversms.adapters.files.OwnerOnlyFiles;
import com.naversms.adapters.s3.S3Folders;
import com.naversms.adapters.s3.S3Location;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The config folder in S3 ({@code NAVER_SMS_CONFIG_URI=s3://bucket/prefix/}): its YAML objects are
 * downloaded into a new owner-only temporary folder and loaded from there by {@link ConfigLoader},
 * exactly as a local folder is, so a file that fails locally fails here with the same message (its
 * file named by its S3 URI). Only the objects directly under the prefix count, as only the files
 * directly in a folder do.
 */
public final class RemoteConfig {
  public static final String ENV = "NAVER_SMS_CONFIG_URI";

  private final S3Location location;
  private final S3Folders s3;

  public RemoteConfig(S3Location location, S3Folders s3) {
    this.location = location;
    this.s3 = s3;
  }

  /** {@code NAVER_SMS_CONFIG_URI} when set (its shape checked: exit 2 when wrong). */
  public static Optional<S3Location> configured(Map<String, String> env) {
    return Optional.ofNullable(env.get(ENV))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .map(v -> S3Location.parse(ENV, v));
  }

  public S3Location location() {
    return location;
  }

  /**
   * The listing of the folder's YAML objects (names and ETags): what changes when anything is
   * uploaded.
   */
  public String listing() {
    return yamlObjects().stream()
        .map(e -> e.name() + "=" + e.etag())
        .collect(Collectors.joining(","));
  }

  /**
   * Downloads and validates the folder.
   *
   * @throws ConfigException (files named by their S3 URI) when the config is invalid or has no YAML
   *     file
   * @throws S3Folders.S3Failure when S3 cannot be read
   */
  public LoadedConfig load() {
    List<S3Folders.Entry> objects = yamlObjects();
    if (objects.isEmpty()) {
      throw new ConfigException(
          new ConfigError(location.toString(), "", 0, "no YAML files in this S3 folder"));
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("naver-sms-config-");
      OwnerOnlyFiles.folders(dir);
      for (S3Folders.Entry e : objects) {
        OwnerOnlyFiles.write(dir.resolve(e.name()), s3.get(location.bucket(), e.key()));
      }
      String listing =
          objects.stream().map(e -> e.name() + "=" + e.etag()).collect(Collectors.joining(","));
      try {
        return new LoadedConfig(
            ConfigLoader.load(dir), location.toString(), ConfigFolder.hash(dir), listing);
      } catch (ConfigException e) {
        throw named(e, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the downloaded config: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private List<S3Folders.Entry> yamlObjects() {
    return s3.list(location).stream().filter(e -> e.name().matches("[^.].*\\.ya?ml")).toList();
  }

  /** The same errors, each file named by its S3 URI instead of the temporary folder. */
  private ConfigException named(ConfigException e, Path dir) {
    String local = dir.toString() + "/";
    return new ConfigException(
        e.errors().stream()
            .map(err -> {
              String file = err.file();
              String name = file.startsWith(local) ? file.substring(local.length()) : file;
              if (name.contains("/")) {
                return err;
              }
              return new ConfigError(uri(name), err.path(), err.line(), err.message());
            })
            .toList());
  }

  private String uri(String name) {
    return location + name;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind holds no secret; the next cold start clears /tmp
    }
  }
}
