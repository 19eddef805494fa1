package com.naversms.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The cycle function's package (issue 13 item 5): small enough for Lambda's direct upload with room
 * to spare, without the browser, SQLite natives, the simulator or the CLI, and complete: every
 * class the handler's code can reach is in it.
 */
class LeanArtifactTest {
  static final long MAX_BYTES = 20L * 1000 * 1000;
  static final List<String> ABSENT =
      List.of(
          "org/openqa/", "org/sqlite/", "picocli/", "com/naversms/simulator/", "net/bytebuddy/");

  @Test
  void atMost20MB_withoutBrowserSqliteSimulatorOrCli() throws IOException {
    long size = Files.size(LeanArtifact.jar());
    assertThat(size).as("size of %s in bytes", LeanArtifact.JAR).isLessThanOrEqualTo(MAX_BYTES);
    Set<String> found = new TreeSet<>();
    try (JarFile jar = new JarFile(LeanArtifact.JAR.toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(name -> ABSENT.stream().anyMatch(name::startsWith))
          .forEach(found::add);
      assertThat(jar.getEntry(LeanArtifact.HANDLER.replace('.', '/') + ".class")).isNotNull();
      assertThat(jar.getEntry("config/rules.yaml")).as("the shipped config").isNotNull();
    }
    assertThat(found).as("entries the cycle function must not carry").isEmpty();
  }

  /**
   * From the handler through every class of ours it reaches (by any reference in its bytecode),
   * each referenced class is in the jar or the JDK: code moved into a path the cycle runs cannot
   * pull the browser or SQLite back in without this test naming the reference.
   */
  @Test
  void everyClassTheHandlerReaches_isInTheJarOrTheJdk() throws IOException {
    Set<String> entries = new HashSet<>();
    JavaClasses ours;
    try (JarFile jar = new JarFile(LeanArtifact.jar().toFile())) {
      jar.stream().map(ZipEntry::getName).forEach(entries::add);
      ours =
          new ClassFileImporter()
              .withImportOption(location -> location.contains("/com/naversms/"))
              .importJar(jar);
    }
    Set<String> missing = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    Deque<JavaClass> todo = new ArrayDeque<>();
    todo.add(ours.get(LeanArtifact.HANDLER));
    seen.add(LeanArtifact.HANDLER);
    while (!todo.isEmpty()) {
      JavaClass from = todo.poll();
      for (Dependency d : from.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        String name = target.getName();
        if (target.isPrimitive() || !seen.add(name)) {
          continue;
        }
        if (entries.contains(name.replace('.', '/') + ".class")) {
          if (ours.contain(name)) {
            todo.add(ours.get(name));
          }
        } else if (!inJdk(name)) {
          missing.add(name + " (from " + from.getName() + ")");
        }
      }
    }
    assertThat(seen).as("classes reached").hasSizeGreaterThan(100);
    assertThat(missing).as("classes the handler reaches that the jar lacks").isEmpty();
  }

  private static boolean inJdk(String name) {
    try {
      Class.forName(name, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
