package com.naversms.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who decides whether the 문구 page saves: the switch, then DynamoDB state, then the folder. */
class ConfigWritesTest {
  @TempDir Path dir;

  private Path templates() throws Exception {
    return Files.writeString(dir.resolve("sms_templates.yaml"), "templates: {}\n");
  }

  @Test
  void aWritableFolder_isSaved() throws Exception {
    assertThat(ConfigWrites.beside(Optional.empty()).readOnly(dir, templates())).isEmpty();
  }

  @Test
  void theSwitch_makesAWritableFolderReadOnly() throws Exception {
    assertThat(ConfigWrites.beside(Optional.of(true)).readOnly(dir, templates()))
        .hasValueSatisfying(why -> assertThat(why).contains("--read-only"));
  }

  @Test
  void dynamoDbState_isReadOnly_unlessTheSwitchSaysOtherwise() throws Exception {
    Path file = templates();
    assertThat(new ConfigWrites(Optional.empty(), true).readOnly(dir, file))
        .hasValueSatisfying(why -> assertThat(why).contains("DynamoDB", "S3"));
    assertThat(new ConfigWrites(Optional.of(false), true).readOnly(dir, file)).isEmpty();
  }

  @Test
  void aFileThatCannotBeWritten_isReadOnly_evenWhenTheSwitchAllowsIt() {
    Path missing = dir.resolve("gone/sms_templates.yaml");
    assertThat(ConfigWrites.beside(Optional.of(false)).readOnly(dir.resolve("gone"), missing))
        .hasValueSatisfying(why -> assertThat(why).contains("쓸 수 없습니다"));
  }
}
