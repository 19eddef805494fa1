package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildVersionTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void versionAndCommit_fromTheBuildsProperties() {
    assertThat(BuildVersion.line(build("1.2.0", COMMIT, "false")))
        .isEqualTo("naver-sms 1.2.0 (commit " + COMMIT + ")");
    assertThat(BuildVersion.line(build("1.2.0", COMMIT, "true")))
        .isEqualTo("naver-sms 1.2.0 (commit " + COMMIT + ", modified)");
  }

  @Test
  void builtWithoutGit_orWithoutTheResource_saysUnknown() {
    assertThat(BuildVersion.line(build("1.2.0", "unknown", "true")))
        .isEqualTo("naver-sms 1.2.0 (commit unknown)");
    assertThat(BuildVersion.line(build("1.2.0", "${git.head}", "false")))
        .isEqualTo("naver-sms 1.2.0 (commit unknown)");
    assertThat(BuildVersion.line(new Properties())).isEqualTo("naver-sms unknown (commit unknown)");
  }

  @Test
  void theBuildWritesTheResource() {
    assertThat(new BuildVersion().getVersion()[0])
        .matches(
            "naver-sms \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{40}(, modified)?|unknown)\\)");
  }

  private static Properties build(String version, String commit, String modified) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("modified", modified);
    return p;
  }
}
