package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --optouts FILE} on the shipped config: at 20:10 on the day of the slot the review
 * event (an advertisement) is planned for booking 9100000001 (option "네이버 포토리뷰"), unless its number
 * is in the file; {@code --explain} says why, the confirmation still goes.
 */
class PlanOptOutsTest {
  private static final String EVENING = "2026-11-27T20:10:00+09:00";

  @Test
  void withoutTheList_theReviewEventIsPlannedAsAdvertising() throws Exception {
    PlanCommandTest.Run r = PlanCommandTest.plan(EVENING, "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(messages(r))
        .contains("1000001_9100000001 event AD", "1000001_9100000001 confirmation -");
  }

  @Test
  void aNumberOnTheList_getsNoAdvertising_explainSaysWhy(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("optouts.txt");
    Files.writeString(list, "# refused by phone\n010-0000-1234\n\n");

    PlanCommandTest.Run json =
        PlanCommandTest.plan(EVENING, "--optouts", list.toString(), "--format", "json");
    PlanCommandTest.Run explained =
        PlanCommandTest.plan(EVENING, "--optouts", list.toString(), "--explain");

    assertThat(json.code()).as(json.err()).isZero();
    assertThat(messages(json))
        .contains("1000001_9100000001 confirmation -")
        .doesNotContain("1000001_9100000001 event AD");
    assertThat(explained.code()).as(explained.err()).isZero();
    assertThat(explained.out())
        .contains("Evening Option SMS", "not planned: 010-****-1234 opted out of advertising")
        .doesNotContain("01000001234");
  }

  @Test
  void anUnreadableList_isExitTwoNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");

    PlanCommandTest.Run r = PlanCommandTest.plan(EVENING, "--optouts", missing.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(missing + ": cannot read the opt-out list");
  }

  /** Each send_sms as "booking template contentType" ({@code -} when informational). */
  private static List<String> messages(PlanCommandTest.Run r) throws Exception {
    JsonNode actions = new ObjectMapper().readTree(r.out()).get("actions");
    return StreamSupport.stream(actions.spliterator(), false)
        .filter(a -> a.path("type").asText().equals("send_sms"))
        .map(a ->
            String.join(
                " ",
                a.path("booking_num").asText(),
                a.path("template").asText(),
                a.path("content_type").asText("-")))
        .toList();
  }
}
