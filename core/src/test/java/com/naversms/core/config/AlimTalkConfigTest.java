package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.AlimTalkTemplates.AlimTalkTemplate;
import com.naversms.core.rules.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code alimtalk_templates.yaml}: the fixtures {@code config-invalid/alimtalk-*} (over {@code
 * _base}) with the exact errors they must produce, and a valid variant as the planner gets it.
 */
class AlimTalkConfigTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alimtalk-placeholders",
        "alimtalk-advertising",
        "alimtalk-unknown-template",
        "alimtalk-buttons",
        "alimtalk-over-1000-characters",
        "alimtalk-channels"
      })
  void invalidVariant_isRefusedWithTheExactErrors(String name) throws Exception {
    Path fixtures = InvalidConfigTest.resource("config-invalid");
    copy(fixtures.resolve("_base"));
    copy(fixtures.resolve(name));
    List<String> expected =
        Files.readAllLines(
                fixtures.resolve(name).resolve("expected-errors.txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> !l.isBlank())
            .toList();

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(dir));

    assertThat(e).as("loading %s must fail", name).isNotNull();
    assertThat(e.errors()).extracting(ConfigError::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void noAlimTalkFile_everyMessageIsSmsOnly() throws Exception {
    copy(InvalidConfigTest.resource("config-invalid").resolve("_base"));

    assertThat(ConfigLoader.load(dir).alimTalk().variants()).isEmpty();
  }

  @Test
  void validVariant_isLoadedWithItsChannelsAndFillsItsPlaceholders() throws Exception {
    copy(InvalidConfigTest.resource("config-invalid").resolve("_base"));
    Files.writeString(
        dir.resolve("alimtalk_templates.yaml"),
        """
        plus_friend_id:
          default: "@테스트스튜디오"
          stores:
            "1000001": "@테스트일번점"
        templates:
          booking_confirm:
            template_code: "TESTCONFIRM01"
            text: |
              #{고객명}님, 예약이 확정되었습니다.
            variables:
              고객명: "{{ booking.name }}"
            buttons:
              - type: WL
                name: "예약 확인"
                url: "https://booking.example.com/#{고객명}"
          guide:
            template_code: "TESTGUIDE01"
            text: |
              #{매장}에 오신 것을 환영합니다.
            variables:
              매장: "{{ store.name }}"
        """);

    Configuration config = ConfigLoader.load(dir);

    AlimTalkTemplates alimTalk = config.alimTalk();
    AlimTalkTemplate confirm = alimTalk.variantOf("booking_confirm").orElseThrow();
    assertThat(confirm.templateCode()).isEqualTo("TESTCONFIRM01");
    assertThat(confirm.buttons()).hasSize(1);
    assertThat(alimTalk.variantOf("guide.1000001").orElseThrow().templateCode())
        .isEqualTo("TESTGUIDE01");
    assertThat(alimTalk.channelFor("1000001")).isEqualTo("@테스트일번점");
    assertThat(alimTalk.channelFor("1000002")).isEqualTo("@테스트스튜디오");
    assertThat(AlimTalkTemplates.fill(confirm.text(), Map.of("고객명", "김민준")))
        .isEqualTo("김민준님, 예약이 확정되었습니다.\n");
  }

  private void copy(Path from) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
