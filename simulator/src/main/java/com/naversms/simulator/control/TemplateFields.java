package com.naversms.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.sens.ApprovedTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /_sim/alimtalk/templates}: {@code plusFriendId}, {@code templateCode}, {@code text}
 * (with {@code #{변수}}), optional {@code buttons} [{type, name, link}]: a template Kakao approved.
 */
final class TemplateFields {
  private TemplateFields() {}

  static ApprovedTemplate read(Body body) {
    body.only(Set.of("plusFriendId", "templateCode", "text", "buttons"));
    String channel = body.requiredText("plusFriendId");
    if (!channel.startsWith("@")) {
      throw new BadField("plusFriendId", "a channel search id starts with @, got " + channel);
    }
    List<ApprovedTemplate.Button> buttons = new ArrayList<>();
    body.node("buttons")
        .ifPresent(list -> {
          if (!list.isArray()) {
            throw new BadField("buttons", "expected a list");
          }
          for (JsonNode b : list) {
            buttons.add(
                new ApprovedTemplate.Button(
                    b.path("type").asText(""),
                    b.path("name").asText(""),
                    b.path("link").asText("")));
          }
        });
    return new ApprovedTemplate(
        channel, body.requiredText("templateCode"), body.requiredText("text"), buttons);
  }
}
