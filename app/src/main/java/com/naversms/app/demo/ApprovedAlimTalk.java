package com.naversms.app.demo;

import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.simulator.sens.ApprovedTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The config's AlimTalk variants as Kakao would have approved them, for the simulator's template
 * registry: each variant under every channel the config sends from ({@code naver-sms simulator
 * --config}, the demo).
 */
public final class ApprovedAlimTalk {
  private ApprovedAlimTalk() {}

  public static List<ApprovedTemplate> of(AlimTalkTemplates config) {
    Set<String> channels = new LinkedHashSet<>();
    if (!config.defaultChannel().isEmpty()) {
      channels.add(config.defaultChannel());
    }
    channels.addAll(config.storeChannels().values());
    List<ApprovedTemplate> out = new ArrayList<>();
    for (AlimTalkTemplates.AlimTalkTemplate v : config.variants().values()) {
      List<ApprovedTemplate.Button> buttons =
          v.buttons().stream()
              .map(b -> new ApprovedTemplate.Button(b.type(), b.name(), b.url()))
              .toList();
      for (String channel : channels) {
        out.add(new ApprovedTemplate(channel, v.templateCode(), v.text(), buttons));
      }
    }
    return out;
  }
}
