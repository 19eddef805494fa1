package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.sqlite.SqliteDatabase;
import com.naversms.adapters.sqlite.SqliteOptOutStore;
import com.naversms.core.optout.OptOutStore.Entry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naver-sms optout add|remove|list} on a real SQLite state file. */
class OptOutCommandTest {
  @TempDir Path temp;
  private Path state;

  @BeforeEach
  void aStateFile() {
    state = temp.resolve("state.db");
    SqliteDatabase.open(state).close();
  }

  private CliRun optout(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "optout";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--sqlite";
    all[args.length + 2] = state.toString();
    return CliRun.of(all);
  }

  private List<Entry> stored() {
    try (SqliteDatabase db = SqliteDatabase.open(state)) {
      return new SqliteOptOutStore(db).entries();
    }
  }

  private void assertNoFullPhone(CliRun run) {
    // the state file's path is left out: JUnit's random folder name can hold a phone-like run of
    // digits (junit-17801995660313798521 has 017-8019-9566)
    String printed = (run.out() + run.err()).replace(state.toString(), "<state>");
    assertThat(printed).doesNotContainPattern("01[016789]-?\\d{3,4}-?\\d{4}");
  }

  @Test
  void add_storesTheDigitsWithTheNote_andPrintsTheNumberMasked() {
    CliRun run = optout("add", "010-0000-1234", "--note", "전화로 요청");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("added 010-****-1234 to the opt-out list", "SQLite " + state);
    assertNoFullPhone(run);
    assertThat(stored())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.phone()).isEqualTo("01000001234");
          assertThat(e.note()).isEqualTo("전화로 요청");
          assertThat(e.source()).isEqualTo("operator");
        });
  }

  @Test
  void addingANumberTwice_keepsTheFirstEntry_andSaysSo() {
    optout("add", "01000001234", "--note", "first");

    CliRun again = optout("add", "+82 10-0000-1234", "--note", "second");

    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("010-****-1234 is already on the opt-out list (since ");
    assertThat(stored()).extracting(Entry::note).containsExactly("first");
  }

  @Test
  void list_showsEveryEntryMasked_notesIncluded_asATableOrJson() throws Exception {
    optout("add", "01000001234", "--note", "called from 010-0000-9999");
    optout("add", "01000005678");

    CliRun table = optout("list");
    CliRun json = optout("list", "--format", "json");

    assertThat(table.exit()).isZero();
    assertThat(table.out())
        .contains(
            "NUMBER", "010-****-1234", "010-****-5678", "operator", "called from 010-****-9999")
        .contains("2 numbers on the opt-out list");
    assertNoFullPhone(table);
    assertThat(json.exit()).isZero();
    assertNoFullPhone(json);
    JsonNode entries = new ObjectMapper().readTree(json.out());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("phone").asText()).isEqualTo("010-****-1234");
    assertThat(entries.get(0).path("note").asText()).isEqualTo("called from 010-****-9999");
    assertThat(entries.get(0).path("source").asText()).isEqualTo("operator");
    assertThat(entries.get(0).path("added_at").asText()).endsWith("Z");
  }

  @Test
  void remove_takesTheNumberOff_andAnUnknownNumberChangesNothing() {
    optout("add", "01000001234");

    CliRun removed = optout("remove", "010 0000 1234");
    CliRun again = optout("remove", "01000001234");

    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).contains("removed 010-****-1234 from the opt-out list");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("010-****-1234 is not on the opt-out list; nothing changed");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aMalformedNumber_isExit2_sayingWhy_andChangesNothing() {
    for (String bad : List.of("0212345678", "010-0000-12345", "010-O000-1234", "", "1234")) {
      CliRun run = optout("add", bad);

      assertThat(run.exit()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("naver-sms optout add: NUMBER: ");
    }
    assertThat(optout("remove", "02-123-4567").exit()).isEqualTo(2);
    assertThat(stored()).isEmpty();
  }

  @Test
  void aStateFileThatDoesNotExist_isExit2_namingIt_andIsNotCreated() {
    Path missing = temp.resolve("elsewhere/state.db");

    CliRun run = CliRun.of("optout", "add", "01000001234", "--sqlite", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString(), "does not exist", "--init-state");
    assertThat(missing).doesNotExist();
  }

  @Test
  void withoutASubcommand_theUsageIsPrinted_exit2() {
    CliRun run = CliRun.of("optout");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("add", "remove", "list");
  }
}
