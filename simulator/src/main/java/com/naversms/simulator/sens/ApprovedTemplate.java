package com.naversms.simulator.sens;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AlimTalk template as Kakao approved it: the channel it belongs to, its code, its text with
 * {@code #{변수}} placeholders and its buttons. A sent content matches when it is the text with each
 * placeholder replaced by any value.
 */
public record ApprovedTemplate(
    String plusFriendId, String templateCode, String text, List<Button> buttons) {
  private static final Pattern PLACEHOLDER = Pattern.compile("#\\{[^{}]*\\}");

  public ApprovedTemplate {
    buttons = List.copyOf(buttons);
  }

  /** A button: type ({@code WL}, {@code BK}, {@code MD}), name and, for WL, the link. */
  public record Button(String type, String name, String link) {
    public Button {
      link = link == null ? "" : link;
    }
  }

  /** Whether {@code content} is this template's text with its placeholders filled in. */
  public boolean matches(String content) {
    return pattern(text).matcher(content == null ? "" : content).matches();
  }

  /** Whether a sent button is one of this template's, its link filled in. */
  boolean approves(Button sent) {
    return buttons.stream()
        .anyMatch(b ->
            b.type().equals(sent.type())
                && b.name().equals(sent.name())
                && pattern(b.link()).matcher(sent.link()).matches());
  }

  private static Pattern pattern(String approved) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(approved);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(approved.substring(last, m.start()))).append("[\\s\\S]*?");
      last = m.end();
    }
    regex.append(Pattern.quote(approved.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
