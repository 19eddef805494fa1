package com.naversms.core.rules;

import com.naversms.core.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code alimtalk_templates.yaml} (optional): the Kakao AlimTalk variant of some SMS templates, as
 * Kakao approved them, and the Kakao channel ({@code plus_friend_id}) each store sends from
 * (docs/configuration.md, "AlimTalk"). A template without a variant goes as SMS/LMS only.
 *
 * @param variants by the key of the SMS template they stand for ({@code booking_confirm}, {@code
 *     guide.1000001}, or {@code guide} for every store's guide)
 * @param defaultChannel the channel of stores without one of their own; empty without variants
 * @param storeChannels store id to channel
 */
public record AlimTalkTemplates(
    Map<String, AlimTalkTemplate> variants,
    String defaultChannel,
    Map<String, String> storeChannels) {
  /** {@code #{변수}}: a placeholder of an approved text or button link. */
  public static final Pattern PLACEHOLDER = Pattern.compile("#\\{([^{}]*)\\}");

  /** Kakao's limit on an AlimTalk message's text. */
  public static final int MAX_CHARACTERS = 1000;

  public AlimTalkTemplates {
    variants = Map.copyOf(variants);
    defaultChannel = defaultChannel == null ? "" : defaultChannel;
    storeChannels = Map.copyOf(storeChannels);
  }

  /** No {@code alimtalk_templates.yaml}: every message goes as SMS/LMS. */
  public static AlimTalkTemplates none() {
    return new AlimTalkTemplates(Map.of(), "", Map.of());
  }

  /**
   * The variant of the SMS template {@code smsKey}: its own, or for a guide ({@code guide.KEY}) the
   * one of every guide ({@code guide}).
   */
  public Optional<AlimTalkTemplate> variantOf(String smsKey) {
    AlimTalkTemplate own = variants.get(smsKey);
    if (own != null || !smsKey.startsWith("guide.")) {
      return Optional.ofNullable(own);
    }
    return Optional.ofNullable(variants.get("guide"));
  }

  /** The store's channel, else the default one. */
  public String channelFor(String storeId) {
    return storeChannels.getOrDefault(storeId, defaultChannel);
  }

  /**
   * One approved AlimTalk template.
   *
   * @param text the approved text with its {@code #{변수}} placeholders
   * @param variables placeholder name to the template (of booking, store, now) that fills it
   */
  public record AlimTalkTemplate(
      String key,
      String templateCode,
      String text,
      Map<String, Template> variables,
      List<Button> buttons) {
    public AlimTalkTemplate {
      variables = Map.copyOf(variables);
      buttons = List.copyOf(buttons);
    }
  }

  /**
   * A button of the approved template: {@code WL} (web link: {@code url}, placeholders allowed),
   * {@code BK} (bot keyword) or {@code MD} (message delivery), which have no link.
   */
  public record Button(String type, String name, String url) {
    public Button {
      url = url == null ? "" : url;
    }
  }

  /**
   * {@code approved} with every placeholder replaced by its value; a placeholder without a value is
   * left as written.
   */
  public static String fill(String approved, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(approved);
    StringBuilder out = new StringBuilder(approved.length() + 64);
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
