package com.naversms.simulator.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks SENS and Kakao run on an AlimTalk send request (external-apis.md C.4): a known
 * channel, a template approved for it, at most 100 messages, each content the approved text with
 * its variables filled in (at most 1,000 characters), approved buttons, and a valid SMS failover. A
 * refusal names its code ({@link Refusal#code}); the product falls back to SMS on the codes it
 * knows (docs/simulator.md, "AlimTalk").
 */
final class AlimTalkValidation {
  static final int MAX_MESSAGES = 100;
  static final int MAX_CHARACTERS = 1000;

  private AlimTalkValidation() {}

  sealed interface Result {}

  record Valid(String plusFriendId, String templateCode, List<Outgoing> messages)
      implements Result {}

  /** A 400 with {@code code}: {@code CHANNEL_NOT_FOUND}, {@code TEMPLATE_NOT_FOUND}, ... */
  record Refusal(String code, String reason) implements Result {}

  record Outgoing(
      String to,
      String content,
      List<ApprovedTemplate.Button> buttons,
      AlimTalkMessage.Failover failover) {}

  static Result validate(String body, AlimTalkSim sim, Predicate<String> senderKnown) {
    JsonNode root = Json.parse(body).orElse(null);
    if (root == null || !root.isObject()) {
      return new Refusal("400", "body is not a JSON object");
    }
    String channel = Json.text(root, "plusFriendId");
    if (channel == null || channel.isBlank()) {
      return new Refusal("400", "plusFriendId is required");
    }
    if (!sim.knowsChannel(channel)) {
      return new Refusal("CHANNEL_NOT_FOUND", "no channel " + channel + " on this service");
    }
    String code = Json.text(root, "templateCode");
    if (code == null || code.isBlank()) {
      return new Refusal("400", "templateCode is required");
    }
    Optional<ApprovedTemplate> template = sim.template(channel, code);
    if (template.isEmpty()) {
      return new Refusal(
          "TEMPLATE_NOT_FOUND", "no approved template " + code + " for channel " + channel);
    }
    JsonNode messages = root.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      return new Refusal("400", "messages must hold 1 to 100 messages");
    }
    if (messages.size() > MAX_MESSAGES) {
      return new Refusal("400", "messages holds " + messages.size() + " messages, at most 100");
    }
    List<Outgoing> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      Checked one = message(messages.get(i), "messages[" + i + "]", template.get(), senderKnown);
      if (one.refusal() != null) {
        return one.refusal();
      }
      out.add(one.outgoing());
    }
    return new Valid(channel, code, out);
  }

  /** One message: what goes out, or why the request is refused. */
  private record Checked(Outgoing outgoing, Refusal refusal) {
    static Checked refused(String code, String reason) {
      return new Checked(null, new Refusal(code, reason));
    }
  }

  private static Checked message(
      JsonNode m, String at, ApprovedTemplate template, Predicate<String> senderKnown) {
    String to = m.isObject() ? Json.text(m, "to") : null;
    if (to == null || to.isEmpty() || !to.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Checked.refused("400", at + ".to must be digits only, got " + to);
    }
    String content = Json.text(m, "content");
    if (content == null || content.isEmpty()) {
      return Checked.refused("400", at + ".content is required");
    }
    if (content.codePointCount(0, content.length()) > MAX_CHARACTERS) {
      return Checked.refused("400", at + ".content is over 1,000 characters");
    }
    if (!template.matches(content)) {
      return Checked.refused(
          "CONTENT_MISMATCH",
          at + ".content does not match the approved text of " + template.templateCode());
    }
    List<ApprovedTemplate.Button> buttons = new ArrayList<>();
    JsonNode sent = m.path("buttons");
    for (int b = 0; b < sent.size(); b++) {
      JsonNode button = sent.get(b);
      ApprovedTemplate.Button one =
          new ApprovedTemplate.Button(
              String.valueOf(Json.text(button, "type")),
              String.valueOf(Json.text(button, "name")),
              Json.text(button, "linkMobile"));
      if (!template.approves(one)) {
        return Checked.refused(
            "BUTTON_MISMATCH",
            at + ".buttons[" + b + "] is not a button of " + template.templateCode());
      }
      buttons.add(one);
    }
    if (sent.size() != template.buttons().size()) {
      return Checked.refused(
          "BUTTON_MISMATCH",
          at
              + " has "
              + sent.size()
              + " buttons, "
              + template.templateCode()
              + " has "
              + template.buttons().size());
    }
    AlimTalkMessage.Failover failover = null;
    if (m.path("useSmsFailover").asBoolean(false)) {
      JsonNode config = m.path("failoverConfig");
      String type = upper(Json.text(config, "type"));
      String from = Json.text(config, "from");
      String subject = Json.text(config, "subject");
      String text = Json.text(config, "content");
      if (type == null || !Set.of("SMS", "LMS").contains(type)) {
        return Checked.refused("400", at + ".failoverConfig.type must be SMS or LMS, got " + type);
      }
      if (from == null || !from.chars().allMatch(Character::isDigit) || !senderKnown.test(from)) {
        return Checked.refused(
            "400", at + ".failoverConfig.from " + from + " is not a registered calling number");
      }
      String problem = SendValidation.textProblem(type, subject, text);
      if (problem != null) {
        return Checked.refused("400", at + ".failoverConfig: " + problem);
      }
      failover =
          new AlimTalkMessage.Failover(type, from, "SMS".equals(type) ? null : subject, text);
    }
    return new Checked(new Outgoing(to, content, buttons, failover), null);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }
}
