package com.naversms.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.app.settings.AppSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 items 5 and 11: the config and the state the operator meant, whatever the cwd. */
class StateAndConfigLocationTest {
  @TempDir Path dir;

  @Test
  void defaultState_isUnderXdgStateHome_elseHome() {
    assertThat(AppSettings.fromEnvironment(Map.of("XDG_STATE_HOME", "/srv/state")).sqlitePath())
        .isEqualTo(Path.of("/srv/state/naver-sms/state.db"));
    assertThat(AppSettings.fromEnvironment(Map.of("HOME", "/home/op")).sqlitePath())
        .isEqualTo(Path.of("/home/op/.local/state/naver-sms/state.db"));
    assertThat(
            AppSettings.fromEnvironment(Map.of("HOME", "/home/op", "XDG_STATE_HOME", "relative"))
                .sqlitePath())
        .as("a relative XDG_STATE_HOME is ignored, as the XDG spec says")
        .isEqualTo(Path.of("/home/op/.local/state/naver-sms/state.db"));
    assertThat(AppSettings.fromEnvironment(Map.of()).sqlitePath()).isAbsolute();
  }

  @Test
  void sqlitePath_isMadeAbsolute() {
    Path p = AppSettings.fromEnvironment(Map.of("SQLITE_PATH", "x/../state.db")).sqlitePath();
    assertThat(p).isAbsolute().isEqualTo(Path.of("state.db").toAbsolutePath());
  }

  @Test
  void aMissingStateFile_isRefused_naming_thePath_andInitState() {
    Path file = dir.resolve("state.db");
    AppSettings s = AppSettings.fromEnvironment(Map.of("SQLITE_PATH", file.toString()));

    assertThatThrownBy(() -> StateLocation.check(s, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("--init-state");
    assertThat(file).doesNotExist();
  }

  @Test
  void initState_createsOnlyWhenMissing() throws Exception {
    Path file = dir.resolve("state.db");
    AppSettings s = AppSettings.fromEnvironment(Map.of("SQLITE_PATH", file.toString()));

    assertThat(StateLocation.check(s, true).created()).isTrue();
    Files.createFile(file);
    assertThat(StateLocation.check(s, true).created()).isFalse();
    assertThat(StateLocation.check(s, false).description()).isEqualTo("SQLite " + file);
  }

  @Test
  void dynamoDb_isNeverCreated_andNeedsNoFlag() {
    AppSettings s = AppSettings.fromEnvironment(Map.of("STATE_BACKEND", "dynamodb"));
    StateLocation state = StateLocation.check(s, false);
    assertThat(state.created()).isFalse();
    assertThat(state.description()).startsWith("DynamoDB tables sms, session");
  }

  @Test
  void config_flagWins_thenTheVariable_thenDotConfig() throws Exception {
    Path flag = Files.createDirectory(dir.resolve("flag"));
    Path env = Files.createDirectory(dir.resolve("env"));
    Map<String, String> withEnv = Map.of("NAVER_SMS_CONFIG_DIR", env.toString());

    assertThat(ConfigFolder.resolve(flag, withEnv).dir()).isEqualTo(flag);
    assertThat(ConfigFolder.resolve(flag, withEnv).source()).isEqualTo("--config");
    assertThat(ConfigFolder.resolve(null, withEnv).dir()).isEqualTo(env);
    assertThat(ConfigFolder.resolve(null, withEnv).source()).isEqualTo("NAVER_SMS_CONFIG_DIR");
    assertThat(ConfigFolder.locate(null, Map.of())).isEqualTo(Path.of("config").toAbsolutePath());
  }

  @Test
  void aMissingConfigFolder_isRefused_neverTheShippedExample() {
    // tests run in app/, which has no ./config (the repository's example is one level up)
    assertThat(Path.of("config")).doesNotExist();
    assertThatThrownBy(() -> ConfigFolder.resolve(null, Map.of()))
        .hasMessageContaining("no config folder")
        .hasMessageContaining("NAVER_SMS_CONFIG_DIR");
    assertThatThrownBy(() ->
            ConfigFolder.resolve(
                null, Map.of("NAVER_SMS_CONFIG_DIR", dir.resolve("nope").toString())))
        .hasMessageContaining(dir.resolve("nope") + " (from NAVER_SMS_CONFIG_DIR) does not exist");
  }

  @Test
  void theHash_changesWithAnyConfigByte() throws Exception {
    Path a = Files.createDirectory(dir.resolve("a"));
    Files.writeString(a.resolve("stores.yaml"), "door: 1234\n");
    String before = ConfigFolder.resolve(a, Map.of()).hash();
    Files.writeString(a.resolve("stores.yaml"), "door: 1235\n");

    assertThat(ConfigFolder.resolve(a, Map.of()).hash()).hasSize(12).isNotEqualTo(before);
  }
}
