package com.naversms.adapters.sens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import java.util.Optional;
import java.util.Set;

/** The SENS AlimTalk send body and what is read back (external-apis.md C.4). */
final class AlimTalkJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The refusals that mean "this message will not go as AlimTalk" (template, channel, content): the
   * message goes as SMS/LMS at once instead of failing (docs/simulator.md, "AlimTalk").
   */
  static final Set<String> CHANNEL_REFUSALS =
      Set.of("CHANNEL_NOT_FOUND", "TEMPLATE_NOT_FOUND", "CONTENT_MISMATCH", "BUTTON_MISMATCH");

  private AlimTalkJson() {}

  /**
   * {plusFriendId, templateCode, messages[{countryCode 82, to, content, buttons, useSmsFailover
   * true, failoverConfig{type, from, subject (LMS), content}}]}: the SMS/LMS text is the failover.
   */
  static String sendBody(Message.AlimTalk message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("plusFriendId", message.plusFriendId());
    body.put("templateCode", message.templateCode());
    ObjectNode m = body.putArray("messages").addObject();
    m.put("countryCode", "82");
    m.put("to", Phone.digits(message.to()));
    m.put("content", message.text());
    if (!message.buttons().isEmpty()) {
      var buttons = m.putArray("buttons");
      for (Message.AlimTalk.Button b : message.buttons()) {
        ObjectNode button = buttons.addObject();
        button.put("type", b.type());
        button.put("name", b.name());
        if (!b.link().isEmpty()) {
          button.put("linkMobile", b.link());
          button.put("linkPc", b.link());
        }
      }
    }
    m.put("useSmsFailover", true);
    Message.Sms sms = message.failover();
    MessageType type = SensMessageCheck.typeOf(sms);
    ObjectNode failover = m.putObject("failoverConfig");
    failover.put("type", type.name());
    failover.put("from", Phone.digits(sms.from()));
    if (type == MessageType.LMS && sms.subject() != null && !sms.subject().isEmpty()) {
      failover.put("subject", sms.subject());
    }
    failover.put("content", sms.text());
    return body.toString();
  }

  /** The refusal's code ({@code error.errorCode}), when the answer has one. */
  static Optional<String> errorCode(String body) {
    return SensJson.parse(body).flatMap(node -> SensJson.text(node.path("error"), "errorCode"));
  }

  /** The first message of an answer, or a missing node. */
  static JsonNode firstMessage(String body) {
    return SensJson.parse(body).map(n -> n.path("messages").path(0)).orElse(JSON.missingNode());
  }
}
