package com.naversms.core.secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the value of one secret key must look like. {@link #normalise} trims what is never part of
 * such a value (surrounding spaces and line breaks; for a password only trailing line breaks, as a
 * password may end with a space); {@link #problem} says what is wrong in words that never quote the
 * value, so the answer can be printed and logged.
 */
public enum SecretShape {
  /** The Naver account id: anything without spaces or control characters. */
  NAVER_USERNAME,
  /** The Naver password: anything non-empty; only a trailing line break is trimmed. */
  NAVER_PASSWORD,
  /** A Naver Cloud access or secret key: letters, digits, {@code _} and {@code -}. */
  NCP_KEY,
  /** {@code ncp:sms:kr:<digits>:<service name>}. */
  SENS_SERVICE_ID,
  /** {@code ncp:kkobizmsg:kr:<digits>:<service name>}: the Kakao AlimTalk (Biz Message) service. */
  ALIMTALK_SERVICE_ID,
  /** {@code <digits>:<token>}, as @BotFather issues it. */
  TELEGRAM_BOT_TOKEN,
  /** An integer (a group is negative) or {@code @channelname}. */
  TELEGRAM_CHAT_ID,
  /** An https URL with a host; http only to a loopback host (the simulator). */
  WEBHOOK_URL,
  /** {@code xoxb-…} (or another {@code xox?-} token). */
  SLACK_BOT_TOKEN;

  private static final Pattern NCP_KEY_FORM = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern SERVICE_ID_FORM =
      Pattern.compile("ncp:sms:kr:[0-9]+:[A-Za-z0-9_.-]+");
  private static final Pattern ALIMTALK_SERVICE_ID_FORM =
      Pattern.compile("ncp:kkobizmsg:kr:[0-9]+:[A-Za-z0-9_.-]+");
  private static final Pattern BOT_TOKEN_FORM = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
  private static final Pattern CHAT_ID_FORM = Pattern.compile("-?[0-9]+|@[A-Za-z0-9_]{4,}");
  private static final Pattern SLACK_TOKEN_FORM = Pattern.compile("xox[a-z]-[A-Za-z0-9-]+");
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  /** The value as it is used: trimmed where that is safe for this shape. */
  public String normalise(String raw) {
    if (this == NAVER_PASSWORD) {
      int end = raw.length();
      while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
        end--;
      }
      return raw.substring(0, end);
    }
    return raw.strip();
  }

  /** Empty when {@code value} (normalised) has this shape, else what is wrong with it. */
  public Optional<String> problem(String value) {
    if (value.isEmpty()) {
      return Optional.of("is empty");
    }
    if (this == NAVER_PASSWORD) {
      return firstControl(value).map(c -> "holds " + c);
    }
    Optional<String> odd = firstOdd(value);
    if (odd.isPresent()) {
      return Optional.of("holds " + odd.get() + " (a copy-paste accident?)");
    }
    return switch (this) {
      case NAVER_USERNAME, NAVER_PASSWORD -> Optional.empty();
      case NCP_KEY ->
          expect(NCP_KEY_FORM, value, "is not a Naver Cloud key (letters, digits, _ and - only)");
      case SENS_SERVICE_ID ->
          expect(SERVICE_ID_FORM, value, "is not a SENS service id (ncp:sms:kr:<digits>:<name>)");
      case ALIMTALK_SERVICE_ID ->
          expect(
              ALIMTALK_SERVICE_ID_FORM,
              value,
              "is not a SENS AlimTalk service id (ncp:kkobizmsg:kr:<digits>:<name>)");
      case TELEGRAM_BOT_TOKEN ->
          expect(BOT_TOKEN_FORM, value, "is not a Telegram bot token (<digits>:<token>)");
      case TELEGRAM_CHAT_ID ->
          expect(
              CHAT_ID_FORM,
              value,
              "is not a Telegram chat id (an integer such as -1001234567890, or @channelname)");
      case SLACK_BOT_TOKEN -> expect(SLACK_TOKEN_FORM, value, "is not a Slack token (xoxb-…)");
      case WEBHOOK_URL -> urlProblem(value);
    };
  }

  private static Optional<String> expect(Pattern form, String value, String problem) {
    return form.matcher(value).matches() ? Optional.empty() : Optional.of(problem);
  }

  private static Optional<String> urlProblem(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      // the exception's message quotes the value: only its verdict is kept
      return Optional.of("is not a valid URL");
    }
    if (uri.getScheme() == null) {
      return Optional.of("has no scheme (expected https://…)");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("has no host (expected https://host/…)");
    }
    if (scheme.equals("https")) {
      return Optional.empty();
    }
    if (scheme.equals("http") && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(
        "has the scheme "
            + (scheme.length() <= 8 ? scheme : "(unknown)")
            + " (expected https; http only to a loopback host)");
  }

  /** The first character no token, key or URL holds, described without quoting the value. */
  private static Optional<String> firstOdd(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String what = describe(c);
      if (what != null) {
        return Optional.of(what + " at position " + (i + 1) + " of " + value.length());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> firstControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of(describe(c) + " at position " + (i + 1) + " of " + value.length());
      }
    }
    return Optional.empty();
  }

  private static String describe(char c) {
    return switch (c) {
      case ' ', '\u00a0' -> "a space";
      case '\n', '\r' -> "a line break";
      case '\t' -> "a tab";
      case '|' -> "a '|'";
      case '"', '\'', '`' -> "a quote";
      case '<', '>' -> "an angle bracket";
      default -> {
        if (Character.isISOControl(c)) {
          yield "a control character";
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          yield "a space";
        }
        yield c > 0x7e ? "a non-ASCII character" : null;
      }
    };
  }
}
