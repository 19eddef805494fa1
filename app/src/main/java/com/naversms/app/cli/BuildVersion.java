package com.naversms.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code naver-sms --version}: the version and the git commit the jar was built from, read from
 * {@code naver-sms-build.properties} that the build writes (app/pom.xml, maven-antrun-plugin). A
 * build without git says {@code commit unknown}; one from a tree with uncommitted changes says so.
 */
final class BuildVersion implements IVersionProvider {
  static final String RESOURCE = "/naver-sms-build.properties";

  @Override
  public String[] getVersion() {
    return new String[] {line(read())};
  }

  static String line(Properties build) {
    String commit = build.getProperty("commit", "").strip();
    boolean known = commit.matches("[0-9a-f]{40}");
    return "naver-sms "
        + build.getProperty("version", "unknown").strip()
        + " (commit "
        + (known ? commit : "unknown")
        + (known && Boolean.parseBoolean(build.getProperty("modified")) ? ", modified" : "")
        + ")";
  }

  private static Properties read() {
    Properties build = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return build;
  }
}
