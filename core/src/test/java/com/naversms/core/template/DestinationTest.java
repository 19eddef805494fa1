package com.naversms.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 1, value by value: what a customer typed is written into each channel's text so
 * that it shows as typed and never mentions, links or starts a line of its own.
 */
class DestinationTest {
  private static final String PING = "<!channel> <https://evil.example|click>";
  private static final String FORGED_LINE = "김예시\n[ALERT] 문자 발송 실패";
  private static final String RLO = "김예시\u202Etxt.exe";

  @Test
  void slack_writesAngleBracketsAndAmpersandsAsEntities_soNoMentionOrLinkCanForm() {
    assertThat(Destination.SLACK.value(PING))
        .isEqualTo("&lt;!channel&gt; &lt;https://evil.example|click&gt;")
        .doesNotContain("<")
        .doesNotContain(">");
    assertThat(Destination.SLACK.value("<@U123>")).isEqualTo("&lt;@U123&gt;");
    assertThat(Destination.SLACK.value("<!here|here> <#C123>"))
        .isEqualTo("&lt;!here|here&gt; &lt;#C123&gt;");
  }

  @Test
  void slack_escapesAnEntityTheCustomerTyped_soItShowsAsTyped() {
    assertThat(Destination.SLACK.value("&lt;!channel&gt;")).isEqualTo("&amp;lt;!channel&amp;gt;");
    assertThat(Destination.SLACK.value("A&B")).isEqualTo("A&amp;B");
  }

  @Test
  void everyChannel_keepsAValueOnOneLine() {
    for (Destination d : Destination.values()) {
      assertThat(d.value(FORGED_LINE)).as(d.name()).isEqualTo("김예시 [ALERT] 문자 발송 실패");
      assertThat(d.value("김예시\r\n[ALERT] x")).as(d.name()).isEqualTo("김예시 [ALERT] x");
      assertThat(d.value("a\u2028b\u2029c\u0085d\u000Be\u000Cf\tg"))
          .as(d.name())
          .isEqualTo("a b c d e f g");
      assertThat(d.value("\n\n김예시\r\n")).as(d.name()).isEqualTo("김예시");
    }
  }

  @Test
  void everyChannel_dropsBidiOverridesAndOtherInvisibleControls() {
    for (Destination d : Destination.values()) {
      assertThat(d.value(RLO)).as(d.name()).isEqualTo("김예시txt.exe");
      assertThat(d.value("a\u2066b\u2069c\u200Bd\uFEFFe\u0000f\u001Bg\u007Fh"))
          .as(d.name())
          .isEqualTo("abcdefgh");
      assertThat(d.value("x\uD800y")).as(d.name() + ": lone surrogate").isEqualTo("xy");
    }
  }

  @Test
  void telegram_isPlainText_soItsMarkupCharactersStayAsTyped() {
    String markup = "<b>굵게</b> *별* _밑줄_ [링크](https://evil.example) `코드` &amp;";
    assertThat(Destination.TELEGRAM.value(markup)).isEqualTo(markup);
  }

  @Test
  void sms_isPlainText_neverChannelEscaped() {
    assertThat(Destination.SMS.value(PING)).isEqualTo(PING);
    assertThat(Destination.SMS.value("A&B <김>")).isEqualTo("A&B <김>");
  }

  @Test
  void ordinaryNames_andEmojiSequencesOfVisibleCharacters_passUnchanged() {
    for (Destination d : Destination.values()) {
      assertThat(d.value("김예시")).isEqualTo("김예시");
      assertThat(d.value("Kim Ye-si 😀")).isEqualTo("Kim Ye-si 😀");
    }
  }

  @Test
  void serviceText_keepsItsLines_andIsEscapedOnlyForSlack() {
    String text = "🚨 오류\nError: <x> & y";
    assertThat(Destination.TELEGRAM.text(text)).isEqualTo(text);
    assertThat(Destination.SLACK.text(text)).isEqualTo("🚨 오류\nError: &lt;x&gt; &amp; y");
  }
}
