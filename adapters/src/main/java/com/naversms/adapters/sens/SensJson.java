package com.naversms.adapters.sens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import java.util.Optional;

/** The SENS send body and the few fields read back from SENS answers. */
final class SensJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REASON_MAX = 200;

  private SensJson() {}

  /**
   * {type, contentType (COMM, AD for an advertising message), countryCode 82, from, subject (LMS
   * only), content, messages[{to}]}.
   */
  static String sendBody(Message.Sms message) {
    MessageType type = SensMessageCheck.typeOf(message);
    ObjectNode body = JSON.createObjectNode();
    body.put("type", type.name());
    body.put("contentType", message.contentType());
    body.put("countryCode", "82");
    body.put("from", Phone.digits(message.from()));
    if (type == MessageType.LMS && message.subject() != null && !message.subject().isEmpty()) {
      body.put("subject", message.subject());
    }
    body.put("content", message.text());
    body.putArray("messages").addObject().put("to", Phone.digits(message.to()));
    return body.toString();
  }

  /**
   * One request for several messages of one {@link SensBatch.Key} (type, contentType, from): the
   * shared fields at the top, each message's {@code to}, {@code content} and (LMS) {@code subject}
   * in {@code messages[]}, as SENS allows up to 100 (external-apis.md C.2). One message gives
   * {@link #sendBody}'s body exactly.
   */
  static String batchBody(java.util.List<Message.Sms> messages) {
    if (messages.size() == 1) {
      return sendBody(messages.get(0));
    }
    Message.Sms first = messages.get(0);
    MessageType type = SensMessageCheck.typeOf(first);
    ObjectNode body = JSON.createObjectNode();
    body.put("type", type.name());
    body.put("contentType", first.contentType());
    body.put("countryCode", "82");
    body.put("from", Phone.digits(first.from()));
    var array = body.putArray("messages");
    for (Message.Sms m : messages) {
      ObjectNode one = array.addObject();
      one.put("to", Phone.digits(m.to()));
      if (type == MessageType.LMS && m.subject() != null && !m.subject().isEmpty()) {
        one.put("subject", m.subject());
      }
      one.put("content", m.text());
    }
    return body.toString();
  }

  static Optional<JsonNode> parse(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  static Optional<String> requestId(String body) {
    return parse(body).flatMap(node -> text(node, "requestId"));
  }

  /** The error SENS or the API gateway gave, shortened: {@code error.message}, or the raw body. */
  static String errorReason(int status, String body) {
    String detail =
        parse(body)
            .flatMap(node -> {
              JsonNode error = node.path("error");
              return text(error, "message")
                  .or(() -> text(error, "details"))
                  .or(() -> text(node, "errorMessage"))
                  .or(() -> text(node, "statusName"));
            })
            .orElse(body == null ? "" : body.strip());
    String reason = "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
    return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) + "…" : reason;
  }
}
