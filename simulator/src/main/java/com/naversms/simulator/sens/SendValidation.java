package com.naversms.simulator.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The checks SENS runs on a send request body (external-apis.md C.2). */
final class SendValidation {
  static final int SMS_MAX_BYTES = 90;
  static final int LMS_MAX_BYTES = 2000;
  static final int SUBJECT_MAX_BYTES = 40;
  static final int MAX_RECIPIENTS = 100;

  private SendValidation() {}

  /** One recipient's message, overrides applied. */
  record Outgoing(
      String type,
      String contentType,
      String countryCode,
      String from,
      String to,
      String subject,
      String content) {}

  sealed interface Result {}

  record Valid(List<Outgoing> messages) implements Result {}

  record Invalid(String reason) implements Result {}

  static Result validate(String body, Predicate<String> senderKnown) {
    JsonNode root = Json.parse(body).orElse(null);
    if (root == null || !root.isObject()) {
      return new Invalid("body is not a JSON object");
    }
    String type = upper(Json.text(root, "type"));
    if (type == null || !Set.of("SMS", "LMS", "MMS").contains(type)) {
      return new Invalid("type must be SMS, LMS or MMS, got " + Json.text(root, "type"));
    }
    String contentType = upper(Json.text(root, "contentType"));
    contentType = contentType == null ? "COMM" : contentType;
    if (!Set.of("COMM", "AD").contains(contentType)) {
      return new Invalid("contentType must be COMM or AD, got " + contentType);
    }
    String from = Json.text(root, "from");
    if (from == null || from.isBlank()) {
      return new Invalid("from is required");
    }
    if (!from.chars().allMatch(Character::isDigit)) {
      return new Invalid("from must be digits only, got " + from);
    }
    if (!senderKnown.test(from)) {
      return new Invalid("from " + from + " is not a registered calling number");
    }
    String countryCode = Json.text(root, "countryCode");
    countryCode = countryCode == null ? "82" : countryCode;
    JsonNode messages = root.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      return new Invalid("messages must hold 1 to 100 recipients");
    }
    if (messages.size() > MAX_RECIPIENTS) {
      return new Invalid("messages holds " + messages.size() + " recipients, at most 100");
    }
    List<Outgoing> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String to = message.isObject() ? Json.text(message, "to") : null;
      if (to == null || to.isEmpty() || !to.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return new Invalid("messages[" + i + "].to must be digits only, got " + to);
      }
      String subject = firstNonNull(Json.text(message, "subject"), Json.text(root, "subject"));
      String content = firstNonNull(Json.text(message, "content"), Json.text(root, "content"));
      String problem = textProblem(type, subject, content);
      if (problem != null) {
        return new Invalid("messages[" + i + "]: " + problem);
      }
      String sentSubject = "SMS".equals(type) ? null : subject;
      out.add(new Outgoing(type, contentType, countryCode, from, to, sentSubject, content));
    }
    return new Valid(out);
  }

  static String textProblem(String type, String subject, String content) {
    if (content == null || content.isEmpty()) {
      return "content is required";
    }
    String bad = EucKr.firstUnencodable(content);
    if (bad != null) {
      return "content holds a character EUC-KR cannot encode (" + bad + "); SENS fails the send";
    }
    int limit = "SMS".equals(type) ? SMS_MAX_BYTES : LMS_MAX_BYTES;
    int bytes = EucKr.bytes(content);
    if (bytes > limit) {
      return "content is "
          + bytes
          + " EUC-KR bytes, over the "
          + type
          + " limit of "
          + limit
          + " (real SENS would cut it; the simulator refuses so the bug shows)";
    }
    if (subject != null && !"SMS".equals(type)) {
      String badSubject = EucKr.firstUnencodable(subject);
      if (badSubject != null) {
        return "subject holds a character EUC-KR cannot encode (" + badSubject + ")";
      }
      int subjectBytes = EucKr.bytes(subject);
      if (subjectBytes > SUBJECT_MAX_BYTES) {
        return "subject is " + subjectBytes + " EUC-KR bytes, over the limit of 40";
      }
    }
    return null;
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
