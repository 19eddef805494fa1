package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.adapters.session.CookieJson;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteSessionStore;
import com.naversms.core.session.SessionCookies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
            "session",
            "import",
            "--cookies",
            file.toString(),
            "--sqlite",
            temp.resolve("state.db").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 2 cookies");
    var stored = sessionIn(temp.resolve("state.db")).orElseThrow();
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
            "session",
            "import",
            "--cookies",
            file.toString(),
            "--sqlite",
            temp.resolve("state.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "cookie[0]", "field 'expiry'");
    assertThat(sessionIn(temp.resolve("state.db"))).isEmpty();
  }

  @Test
  void cookiesWithoutTheSignInCookieAreRefused() throws Exception {
    Path file = temp.resolve("partial.json");
    Files.writeString(file, "[{\"name\": \"NNB\", \"value\": \"x\"}]");

    CliRun run =
        CliRun.of(
            "session",
            "import",
            "--cookies",
            file.toString(),
            "--sqlite",
            temp.resolve("state.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "field 'name'", "NID_AUT");
  }

  @Test
  void missingFileIsBadInput() {
    Path file = temp.resolve("nope.json");

    CliRun run =
        CliRun.of(
            "session",
            "import",
            "--cookies",
            file.toString(),
            "--sqlite",
            temp.resolve("state.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString(), "cannot read");
  }

  static Optional<SessionCookies> sessionIn(Path file) {
    try (SqliteDatabase db = SqliteDatabase.open(file)) {
      return new SqliteSessionStore(db).load();
    }
  }
}
