package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.EucKrReplacements;
import com.naversms.core.rules.SmsTemplates;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.BrokenTemplate;
import com.naversms.core.template.PebbleTemplate;
import com.naversms.core.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sms_templates.yaml}: {@code templates: {key: {type, contentType, advertising, subject,
 * content}}}, where {@code guide} holds {@code stores: {guideKey: content}} instead of {@code
 * content}. Every content is compiled and rendered against the sample bookings (unknown variables,
 * EUC-KR, 2,000 bytes).
 */
final class SmsTemplatesReader {
  static final String FILE = "sms_templates.yaml";
  static final String GUIDE = "guide";
  private static final int SUBJECT_MAX = 40;

  private final Problems p;
  private final Stores stores;
  private final List<String> keywords;

  private SmsTemplatesReader(Problems p, Stores stores, List<String> keywords) {
    this.p = p;
    this.stores = stores;
    this.keywords = keywords;
  }

  static Optional<SmsTemplates> read(
      YamlNode root, Problems p, Stores stores, List<String> keywords) {
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Keys.only(top.get(), Set.of("templates"), p);
    Optional<YamlNode.Mapping> templates =
        top.get().get("templates").flatMap(t -> YamlValues.mapping(t, p));
    if (top.get().get("templates").isEmpty()) {
      p.add("", 1, "missing \"templates\"");
    }
    Map<String, SmsTemplate> named = new LinkedHashMap<>();
    Map<String, SmsTemplate> guides = new LinkedHashMap<>();
    SmsTemplatesReader reader = new SmsTemplatesReader(p, stores, keywords);
    templates.ifPresent(
        t -> t.values().forEach((key, node) -> reader.entry(key, node, named, guides)));
    return Optional.of(new SmsTemplates(named, guides));
  }

  private void entry(
      String key, YamlNode node, Map<String, SmsTemplate> named, Map<String, SmsTemplate> guides) {
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return;
    }
    boolean guide = key.equals(GUIDE);
    Keys.only(
        m.get(),
        Set.of("type", "contentType", "subject", "advertising", guide ? "stores" : "content"),
        p);
    m.get().get("type").ifPresent(n -> oneOf(n, Set.of("SMS", "LMS")));
    Optional<String> contentType =
        m.get().get("contentType").flatMap(n -> oneOf(n, Set.of("COMM", "AD")));
    boolean advertising = advertising(m.get(), contentType);
    String subject = m.get().get("subject").flatMap(this::subject).orElse("");
    if (!guide) {
      content(m.get(), "content", key, defaultStore(), advertising)
          .ifPresent(c -> named.put(key, new SmsTemplate(key, subject, c, advertising)));
      return;
    }
    Optional<YamlNode.Mapping> perStore =
        m.get().get("stores").flatMap(s -> YamlValues.mapping(s, p));
    if (m.get().get("stores").isEmpty()) {
      p.add(m.get().path(), m.get().line(), "missing \"stores\" (one guide text per store)");
    }
    perStore.ifPresent(s ->
        s.values()
            .keySet()
            .forEach(guideKey ->
                content(s, guideKey, GUIDE + "." + guideKey, storeFor(guideKey), advertising)
                    .ifPresent(c ->
                        guides.put(
                            guideKey,
                            new SmsTemplate(GUIDE + "." + guideKey, subject, c, advertising)))));
  }

  /**
   * {@code advertising: true}, or {@code contentType: AD} (what SENS calls an advertisement); both
   * are sent as {@code AD}. {@code advertising: true} with {@code contentType: COMM} contradicts
   * itself.
   */
  private boolean advertising(YamlNode.Mapping m, Optional<String> contentType) {
    Optional<YamlNode> flag = m.get("advertising");
    boolean advertising = flag.flatMap(n -> YamlValues.bool(n, p)).orElse(false);
    if (advertising && contentType.filter("COMM"::equals).isPresent()) {
      p.atKey(
          m,
          "contentType",
          "contentType COMM contradicts advertising: true (an advertising message goes to SENS as"
              + " AD): remove contentType or set it to AD");
    }
    return advertising || contentType.filter("AD"::equals).isPresent();
  }

  private Optional<Template> content(
      YamlNode.Mapping m, String key, String name, Store store, boolean advertising) {
    Optional<YamlNode> node = m.get(key);
    if (node.isEmpty()) {
      p.add(m.path(), m.line(), "missing \"" + key + "\"");
      return Optional.empty();
    }
    if (YamlValues.string(node.get(), p).isEmpty() || !(node.get() instanceof YamlNode.Scalar s)) {
      return Optional.empty();
    }
    if (advertising) {
      AdvertisingChecks.text(s, p);
    }
    String origin = FILE + ": " + s.path();
    Optional<PebbleTemplate> t = TemplateChecks.compileSms(s, origin, p);
    t.flatMap(c ->
            TemplateChecks.renders(c, s, p, TemplateChecks.Use.BOOKING, store, keywords, Set.of()))
        .ifPresent(worst -> TemplateChecks.smsLimits(s, worst, p));
    return Optional.of(
        t.<Template>map(c -> c).orElse(new BrokenTemplate(origin, "does not compile")));
  }

  private Optional<String> subject(YamlNode n) {
    Optional<String> s = YamlValues.string(n, p).map(EucKrReplacements::apply);
    if (s.isPresent() && n instanceof YamlNode.Scalar scalar && !EucKrChecks.text(scalar, p)) {
      return s;
    }
    if (s.isPresent() && EucKr.bytes(s.get()) > SUBJECT_MAX) {
      p.at(n, "subject is " + EucKr.bytes(s.get()) + " EUC-KR bytes, over the LMS limit of 40");
    }
    return s;
  }

  private Optional<String> oneOf(YamlNode n, Set<String> allowed) {
    Optional<String> s = YamlValues.string(n, p);
    if (s.isPresent() && !allowed.contains(s.get())) {
      p.at(
          n,
          "expected one of " + String.join(", ", new TreeSet<>(allowed)) + ", got " + n.describe());
    }
    return s;
  }

  private Store defaultStore() {
    return stores.all().isEmpty() ? SampleBookings.sampleStore("1000001") : stores.all().get(0);
  }

  private Store storeFor(String guideKey) {
    return stores.all().stream()
        .filter(st -> guideKey.equals(st.guideTemplate()))
        .findFirst()
        .orElse(SampleBookings.sampleStore(guideKey));
  }
}
