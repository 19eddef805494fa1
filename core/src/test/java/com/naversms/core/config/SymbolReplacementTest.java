package com.naversms.core.config;

import static com.naversms.core.rules.fixtures.BookingBuilder.aBooking;
import static com.naversms.core.rules.fixtures.BookingBuilder.kst;
import static org.assertj.core.api.Assertions.assertThat;

import com.naversms.core.booking.Booking;
import com.naversms.core.input.ConfigError;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.Plan;
import com.naversms.core.plan.PlannedAction;
import com.naversms.core.plan.Planner;
import com.naversms.core.rules.Configuration;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.7: a guide with the symbols of the legacy system's production guides loads, {@code
 * config check} warns with file, line, character and replacement, and the planner renders, sizes
 * and plans the replaced text. A character without replacement still fails.
 */
class SymbolReplacementTest {
  static final String GUIDE_LINE = "        - 출입문 비밀번호: 0000*\n";
  static final String WITH_SYMBOLS =
      "        ⬇ 출입 안내 ⬇\n        - 출입문 비밀번호: 0000* ⚠️ 꼭 확인❗\uFFFD\n";
  @TempDir Path dir;

  private Path configWith(String guideLines) throws IOException {
    for (String f : List.of("rules.yaml", "stores.yaml", "sms_templates.yaml")) {
      Files.copy(Path.of("..", "config", f), dir.resolve(f));
    }
    Path sms = dir.resolve("sms_templates.yaml");
    String text = Files.readString(sms);
    assertThat(text).contains(GUIDE_LINE);
    Files.writeString(
        sms, text.replaceFirst(java.util.regex.Pattern.quote(GUIDE_LINE), guideLines));
    return dir;
  }

  private int lineOf(String needle) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("sms_templates.yaml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }

  @Test
  void configCheck_warnsWithLineCharacterAndReplacement_andTheConfigIsValid() throws IOException {
    ConfigReport report = ConfigCheck.run(configWith(WITH_SYMBOLS));

    assertThat(report.errors()).isEmpty();
    int arrows = lineOf("출입 안내");
    int warning = lineOf("꼭 확인");
    String at = "sms_templates.yaml:";
    String path = "templates.guide.stores.1000001: character ";
    assertThat(report.warnings())
        .contains(
            at
                + arrows
                + ": "
                + path
                + "\"⬇\" (U+2B07) cannot be encoded in EUC-KR: sent as \"↓\""
                + " (docs/configuration.md, EUC-KR replacements)",
            at
                + warning
                + ": "
                + path
                + "\"⚠\" (U+26A0) cannot be encoded in EUC-KR: sent as \"※\""
                + " (docs/configuration.md, EUC-KR replacements)",
            at
                + warning
                + ": "
                + path
                + "U+FE0F cannot be encoded in EUC-KR: removed"
                + " (docs/configuration.md, EUC-KR replacements)",
            at
                + warning
                + ": "
                + path
                + "\"❗\" (U+2757) cannot be encoded in EUC-KR: sent as \"!\""
                + " (docs/configuration.md, EUC-KR replacements)",
            at
                + warning
                + ": "
                + path
                + "U+FFFD cannot be encoded in EUC-KR: removed"
                + " (docs/configuration.md, EUC-KR replacements)");
    assertThat(report.lines()).contains("config is valid");
  }

  @Test
  void theGuideIsPlannedReplaced_itsBytesCountedOnTheReplacedText() throws IOException {
    Configuration config = ConfigLoader.load(configWith(WITH_SYMBOLS));
    Booking b = aBooking().store("1000001").startingAt("2026-11-27 15:00").build();

    Plan plan = Planner.plan(List.of(b), Map.of(), kst("2026-11-27 13:30"), config);

    PlannedAction.SendSms guide =
        plan.actions().stream()
            .filter(a -> a instanceof PlannedAction.SendSms s && s.template().equals("guide"))
            .map(PlannedAction.SendSms.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(guide.text()).contains("↓ 출입 안내 ↓\n- 출입문 비밀번호: 0000* ※ 꼭 확인!\n");
    assertThat(Charset.forName("EUC-KR").newEncoder().canEncode(guide.text())).isTrue();
    assertThat(guide.bytes())
        .isEqualTo(EucKr.bytes(guide.text()))
        .isEqualTo(guide.text().getBytes(Charset.forName("EUC-KR")).length);
  }

  @Test
  void aCharacterWithoutReplacement_stillFails_namingLineAndCharacter() throws IOException {
    configWith("        - 출입문 비밀번호: 0000* 📷\n");

    ConfigReport report = ConfigCheck.run(dir);

    assertThat(report.errors())
        .extracting(ConfigError::toString)
        .containsExactly(
            "sms_templates.yaml:"
                + lineOf("📷")
                + ": templates.guide.stores.1000001: character \"📷\" (U+1F4F7) cannot be encoded"
                + " in EUC-KR and has no replacement (SENS would reject the message;"
                + " docs/configuration.md lists the replacements)");
  }
}
