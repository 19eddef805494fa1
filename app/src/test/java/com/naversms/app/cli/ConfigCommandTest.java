package com.naversms.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void shippedConfig_isValid_andEveryTemplateIsSized() {
    int code = run("config", "check", "--config", "../config");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("booking_confirm")
        .contains("guide (1000001)")
        .contains("guide (1000003)")
        .containsPattern("bb\\s+\\d+ bytes  SMS")
        .containsPattern("booking_confirm\\s+\\d+ bytes  LMS")
        .contains("event_customer_digest")
        .contains("renders: as a digest")
        .contains("config is valid");
  }

  @Test
  void invalidConfig_exits2_withEveryErrorOnStderr(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"stores.yaml", "sms_templates.yaml"}) {
      Files.copy(Path.of("..", "config", f), dir.resolve(f));
    }
    Files.writeString(
        dir.resolve("rules.yaml"),
        """
        rules:
          - name: "Broken"
            conditions:
              - type: "time_before_booking"
                params:
                  hours: 200
            actions:
              - type: "send_sms"
                params:
                  template: "nope"
        """,
        StandardCharsets.UTF_8);

    int code = run("config", "check", "--config", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains(
            "rules.yaml:6: rules[0].conditions[0].params.hours: expected an integer from 0 to 168, got 200")
        .contains("rules.yaml:10: rules[0].actions[0].params.template: no SMS template \"nope\"")
        .contains("2 error(s) in");
  }

  @Test
  void missingFolder_exits2() {
    assertThat(run("config", "check", "--config", "no-such-folder")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-folder: config folder not found");
  }
}
