package com.naversms.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.naversms.core.secrets.CredentialReader;
import com.naversms.core.secrets.NaverCredentials;
import com.naversms.core.secrets.SecretsException;
import com.naversms.core.secrets.SensCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretsProviderTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("secrets.json"), json);
  }

  @Test
  void secretNamesAsKeys() throws IOException {
    Path file =
        write(
            "{\"naver-sms-automation/sens-credentials\":"
                + "{\"access_key\":\"AK\",\"secret_key\":\"SK\",\"service_id\":\"ncp:sms:kr:1:svc\"}}");

    assertThat(new CredentialReader(new FileSecretsProvider(file), e -> {}).sens())
        .isEqualTo(new SensCredentials("AK", "SK", "ncp:sms:kr:1:svc"));
  }

  @Test
  void legacyLocalFileShape() throws IOException {
    Path file =
        write(
            "{\"naver\":{\"username\":\"owner\",\"password\":\"pw\"},"
                + "\"sens\":{\"access_key\":\"AK\",\"secret_key\":\"SK\",\"service_id\":\"ncp:sms:kr:1:svc\"},"
                + "\"telegram\":{\"bot_token\":\"1:A\"}}");
    CredentialReader reader = new CredentialReader(new FileSecretsProvider(file), e -> {});

    assertThat(reader.naver()).isEqualTo(new NaverCredentials("owner", "pw"));
    assertThatThrownBy(reader::telegram)
        .hasMessage("secret naver-sms-automation/telegram-credentials has no key 'chat_id'");
  }

  @Test
  void invalidJson_namesTheFileAndLine() throws IOException {
    Path file = write("{\n \"naver\": {\n");

    assertThatThrownBy(() -> new FileSecretsProvider(file))
        .isInstanceOf(SecretsException.class)
        .hasMessageContaining("secrets file " + file + " is not valid JSON (line");
  }

  @Test
  void missingFile_namesIt() {
    Path file = dir.resolve("absent.json");

    assertThatThrownBy(() -> new FileSecretsProvider(file))
        .hasMessageContaining("secrets file " + file + " cannot be read");
  }

  @Test
  void secretThatIsNotAnObject_namesFileAndSecret() throws IOException {
    Path file = write("{\"sens\": \"AK:SK\"}");

    assertThatThrownBy(
            () -> new FileSecretsProvider(file).find("naver-sms-automation/sens-credentials"))
        .hasMessage(
            "secrets file "
                + file
                + ": secret naver-sms-automation/sens-credentials is not a JSON object");
  }
}
