package com.naversms.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramMarkupTest {

  @Test
  void html_escapesAngleBracketsAndAmpersand() {
    assertThat(TelegramMarkup.escape(ParseMode.HTML, "<b>김&이</b>"))
        .isEqualTo("&lt;b&gt;김&amp;이&lt;/b&gt;");
  }

  @Test
  void markdownV2_escapesEverySpecialCharacter() {
    assertThat(TelegramMarkup.escape(ParseMode.MARKDOWN_V2, "a_b*c[d](e)~`>#+-=|{}.!"))
        .isEqualTo("a\\_b\\*c\\[d\\]\\(e\\)\\~\\`\\>\\#\\+\\-\\=\\|\\{\\}\\.\\!");
  }

  @Test
  void plain_isUntouched() {
    assertThat(TelegramMarkup.escape(ParseMode.NONE, "<b>_x_</b>")).isEqualTo("<b>_x_</b>");
  }
}
