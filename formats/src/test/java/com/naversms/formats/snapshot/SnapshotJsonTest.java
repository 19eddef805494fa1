package com.naversms.formats.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.config.ConfigLoader;
import com.naversms.core.config.ShippedConfigTest;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import com.naversms.core.state.StoredRecord;
import com.naversms.formats.plan.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code snapshot export}'s files read back as they were written: the replayed plan is the same.
 */
class SnapshotJsonTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Configuration CONFIG = ConfigLoader.load(ShippedConfigTest.SHIPPED);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-27T10:10:00+09:00",
        "2026-11-27T16:10:00+09:00",
        "2026-11-28T08:10:00+09:00",
        "2026-11-28T20:40:00+09:00"
      })
  void writtenThenRead_plansExactlyAsTheOriginal(String at, @TempDir Path dir) throws IOException {
    Snapshot original = examples(at);
    Snapshot copy = roundTrip(original, dir, at, false);

    // only bookings that could be read are exported (a cycle plans only those)
    assertThat(copy.problems()).isEmpty();
    assertThat(PlanJson.toJson(plan(copy), true)).isEqualTo(PlanJson.toJson(plan(original), true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-27T10:10:00+09:00", "2026-11-28T08:10:00+09:00"})
  void pseudonymised_samePlanUnderOtherNamesAndPhones(String at, @TempDir Path dir)
      throws IOException {
    Snapshot original = examples(at);
    Pseudonyms names = Pseudonyms.of(original.bookings(), List.copyOf(original.records().values()));
    Snapshot copy = roundTrip(original, dir, at, true);

    String files =
        Files.readString(dir.resolve("bookings.json"))
            + Files.readString(dir.resolve("records.json"));
    for (var b : original.bookings()) {
      assertThat(files).doesNotContain(b.phone(), b.phoneHyphenated(), b.name());
    }
    for (StoredRecord r : original.records().values()) {
      assertThat(files).doesNotContain(r.key().phone(), r.name());
    }
    List<PlannedAction> before = plan(original).actions();
    List<PlannedAction> after = plan(copy).actions();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).rule()).isEqualTo(before.get(i).rule());
      assertThat(after.get(i).bookingNum()).isEqualTo(before.get(i).bookingNum());
      if (before.get(i) instanceof PlannedAction.SendSms sms) {
        PlannedAction.SendSms pseudo = (PlannedAction.SendSms) after.get(i);
        assertThat(pseudo.flag()).isEqualTo(sms.flag());
        assertThat(pseudo.template()).isEqualTo(sms.template());
        assertThat(pseudo.to()).isEqualTo(names.phone(sms.to())).startsWith("0100000");
      }
    }
    assertThat(plan(copy).skipped()).hasSameSizeAs(plan(original).skipped());
  }

  @Test
  void exportedBookings_readBackAsTheSameBookings(@TempDir Path dir) throws IOException {
    String at = "2026-11-27T10:10:00+09:00";
    Snapshot original = examples(at);
    Snapshot copy = roundTrip(original, dir, at, false);

    // every typed field and every raw value the product reads survives the export
    assertThat(copy.bookings()).containsExactlyElementsOf(original.bookings());
  }

  @Test
  void aPseudonymIsConsistentAndNeverAnOriginal() {
    Snapshot original = examples("2026-11-27T10:10:00+09:00");
    List<StoredRecord> records = List.copyOf(original.records().values());
    Pseudonyms names = Pseudonyms.of(original.bookings(), records);

    for (var b : original.bookings()) {
      String pseudo = names.phone(b.phone());
      assertThat(pseudo).hasSameSizeAs(b.phone()).isNotEqualTo(b.phone());
      assertThat(names.phone(b.phoneHyphenated())).isEqualTo(pseudo);
      Map<String, Object> raw = names.booking(b);
      assertThat(raw.get("name")).isNotEqualTo(b.name());
      assertThat(raw.get("bookingId")).isEqualTo(b.bookingId());
    }
  }

  private static Snapshot examples(String at) {
    return ((Snapshot.Read.Ok)
            Snapshot.read(EXAMPLES.resolve("bookings.json"), EXAMPLES.resolve("records.json"), at))
        .snapshot();
  }

  private static Snapshot roundTrip(Snapshot s, Path dir, String at, boolean pseudonymise)
      throws IOException {
    List<StoredRecord> records = List.copyOf(s.records().values());
    Path bookings = dir.resolve("bookings.json");
    Path recordsFile = dir.resolve("records.json");
    if (pseudonymise) {
      Pseudonyms names = Pseudonyms.of(s.bookings(), records);
      Files.writeString(
          bookings,
          SnapshotJson.bookingObjects(s.bookings().stream().map(names::booking).toList()));
      Files.writeString(
          recordsFile, SnapshotJson.records(records.stream().map(names::record).toList()));
    } else {
      Files.writeString(bookings, SnapshotJson.bookings(s.bookings()));
      Files.writeString(recordsFile, SnapshotJson.records(records));
    }
    return ((Snapshot.Read.Ok) Snapshot.read(bookings, recordsFile, at)).snapshot();
  }

  private static Plan plan(Snapshot s) {
    return Planner.plan(s.bookings(), s.records(), s.at(), CONFIG);
  }
}
