package com.naversms.simulator.control;

import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.AlimTalkMessage;
import com.naversms.simulator.sens.SensMessage;
import com.naversms.simulator.slack.SlackMessage;
import com.naversms.simulator.telegram.TelegramMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /_sim/state}: what the simulated services hold and received. */
final class StateView {
  private StateView() {}

  static Map<String, Object> of(Simulator sim) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("stores", List.copyOf(sim.naver().storeIds()));
    state.put("bookings", sim.naver().allBookings());
    state.put(
        "sens",
        Map.of(
            "accepted",
            sens(sim.sens().accepted()),
            "blockedAdvertising",
            sens(sim.sens().blockedAdvertising())));
    state.put("alimtalk", Map.of("accepted", alimtalk(sim.alimTalk().accepted())));
    state.put("telegram", telegram(sim.telegram().messages()));
    state.put("slack", slack(sim.slack().messages()));
    state.put("logins", sim.naver().loginCount());
    return state;
  }

  private static List<Map<String, Object>> sens(List<SensMessage> messages) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SensMessage m : messages) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("requestId", m.requestId());
      item.put("type", m.type());
      item.put("contentType", m.contentType());
      item.put("from", m.from());
      item.put("to", m.to());
      item.put("subject", m.subject());
      item.put("content", m.content());
      item.put("receivedAt", m.receivedAt().toString());
      list.add(item);
    }
    return list;
  }

  private static List<Map<String, Object>> alimtalk(List<AlimTalkMessage> messages) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (AlimTalkMessage m : messages) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("requestId", m.requestId());
      item.put("messageId", m.messageId());
      item.put("plusFriendId", m.plusFriendId());
      item.put("templateCode", m.templateCode());
      item.put("to", m.to());
      item.put("content", m.content());
      List<Map<String, Object>> buttons = new ArrayList<>();
      m.buttons()
          .forEach(b -> {
            Map<String, Object> button = new LinkedHashMap<>();
            button.put("type", b.type());
            button.put("name", b.name());
            button.put("link", b.link());
            buttons.add(button);
          });
      item.put("buttons", buttons);
      Map<String, Object> failover = null;
      if (m.failover() != null) {
        failover = new LinkedHashMap<>();
        failover.put("type", m.failover().type());
        failover.put("from", m.failover().from());
        failover.put("subject", m.failover().subject());
        failover.put("content", m.failover().content());
      }
      item.put("failover", failover);
      item.put("receivedAt", m.receivedAt().toString());
      list.add(item);
    }
    return list;
  }

  private static List<Map<String, Object>> telegram(List<TelegramMessage> messages) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (TelegramMessage m : messages) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("chatId", m.chatId());
      item.put("text", m.text());
      item.put("parseMode", m.parseMode());
      list.add(item);
    }
    return list;
  }

  private static List<Map<String, Object>> slack(List<SlackMessage> messages) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SlackMessage m : messages) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("channel", m.channel());
      item.put("text", m.text());
      list.add(item);
    }
    return list;
  }
}
