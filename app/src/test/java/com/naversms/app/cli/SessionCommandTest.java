package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.naver.CookieJson;
import com.naversms.adapters.naver.JsonFileSessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandTest {
  @TempDir Path temp;

  @Test
  void importsABrowserCookieExportAsTheSession() throws Exception {
    Path file = temp.resolve("cookies.json");
    Files.writeString(
        file,
        """
        [{"domain": ".naver.com", "expirationDate": 1900000000.5, "httpOnly": true,
          "name": "NID_AUT", "path": "/", "sameSite": "lax", "secure": true, "value": "aut"},
         {"domain": ".naver.com", "httpOnly": true, "name": "NID_SES", "path": "/",
          "secure": true, "value": "ses"}]\
        """);

    CliRun run =
        CliRun.of(
            "session", "import", "--cookies", file.toString(), "--state-dir", temp.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 2 cookies");
    var stored = new JsonFileSessionStore(temp.resolve("session.json")).load().orElseThrow();
    assertThat(stored.cookies()).extracting(c -> c.name()).containsExactly("NID_AUT", "NID_SES");
    assertThat(CookieJson.write(stored)).contains("\"expiry\":1900000000", "\"sameSite\":\"Lax\"");
  }

  @Test
  void badCookieFileNamesTheFileAndTheField() throws Exception {
    Path file = temp.resolve("bad.json");
    Files.writeString(
        file, "[{\"name\": \"NID_AUT\", \"value\": \"a\", \"expiry\": \"tomorrow\"}]");

    CliRun run =
        CliRun.of(
            "session", "import", "--cookies", file.toString(), "--state-dir", temp.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "cookie[0]", "field 'expiry'");
    assertThat(temp.resolve("session.json")).doesNotExist();
  }

  @Test
  void cookiesWithoutTheSignInCookieAreRefused() throws Exception {
    Path file = temp.resolve("partial.json");
    Files.writeString(file, "[{\"name\": \"NNB\", \"value\": \"x\"}]");

    CliRun run =
        CliRun.of(
            "session", "import", "--cookies", file.toString(), "--state-dir", temp.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "field 'name'", "NID_AUT");
  }

  @Test
  void missingFileIsBadInput() {
    Path file = temp.resolve("nope.json");

    CliRun run =
        CliRun.of(
            "session", "import", "--cookies", file.toString(), "--state-dir", temp.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "cannot read");
  }
}
