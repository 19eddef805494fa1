package com.naversms.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {

  @Test
  void shippedConfig_everySmsTemplateAndGuideIsSized() {
    ConfigReport report = ConfigCheck.run(ShippedConfigTest.SHIPPED);

    assertThat(report.valid()).isTrue();
    assertThat(report.smsTemplates())
        .extracting(ConfigReport.SmsSize::name)
        .contains(
            "booking_confirm",
            "event",
            "aa",
            "bb",
            "cc",
            "guide (1000001)",
            "guide (1000002)",
            "guide (1000003)");
    assertThat(report.smsTemplates())
        .allSatisfy(s -> assertThat(s.worstCaseBytes()).isBetween(s.bytes(), 2000));
    assertThat(report.smsTemplates())
        .filteredOn(s -> s.name().equals("bb"))
        .singleElement()
        .satisfies(s -> assertThat(s.type()).isEqualTo("SMS"));
    assertThat(report.notificationTemplates()).allSatisfy(r -> assertThat(r.renders()).isTrue());
    assertThat(report.warnings()).isEmpty();
    assertThat(report.lines()).last().isEqualTo("config is valid");
  }

  @Test
  void legacyConfig_isValid_butWarnsAboutTheDisabledRuleWithAMissingTemplate() throws Exception {
    ConfigReport report = ConfigCheck.run(InvalidConfigTest.resource("config-legacy"));

    assertThat(report.valid()).isTrue();
    assertThat(report.warnings())
        .containsExactly(
            "disabled rule \"Date Range Promotion (Template)\" at rules.yaml:194 names SMS template"
                + " \"custom_promotion\", which does not exist; enabling the rule will fail");
    assertThat(report.notificationTemplates())
        .filteredOn(r -> r.name().equals("error_alert"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.renders()).isFalse();
          assertThat(r.detail()).startsWith("unknown variable \"customer_name\"");
        });
  }

  @Test
  void invalidConfig_reportsErrorsOnly() {
    ConfigReport report = ConfigCheck.run(Path.of("no-such-folder"));

    assertThat(report.valid()).isFalse();
    assertThat(report.lines()).containsExactly("no-such-folder: config folder not found");
  }
}
