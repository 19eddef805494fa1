package com.naversms.app.console;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.config.SampleBookings;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.MessageType;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.TemplateContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A draft of {@code sms_templates.yaml} checked as {@code config check} checks it: the draft beside
 * the folder's other files in a temporary folder, loaded by the one config loader (every error with
 * its file and line), then every template rendered by the one renderer on the chosen booking and
 * sized in EUC-KR with the SMS/LMS type the cycle would choose, and its AlimTalk variant filled.
 */
final class TemplateDraft {
  /**
   * One template rendered: {@code key} is the template's, {@code guide:KEY} for a store guide;
   * {@code alimTalk} its AlimTalk variant filled on the same booking, when it has one.
   */
  record Rendering(
      String key,
      String subject,
      String text,
      int bytes,
      String type,
      String error,
      Optional<AlimTalkPreview> alimTalk) {}

  /** Errors (empty when the whole config loads) and the renderings (empty when it does not). */
  record Checked(List<ConfigError> errors, List<Rendering> renderings) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  private TemplateDraft() {}

  /**
   * @param booking the booking to render on; empty: the sample booking of each template's store
   */
  static Checked check(Path configDir, String draft, Optional<Booking> booking, LocalDateTime now) {
    Path temp = null;
    try {
      temp = Files.createTempDirectory("naver-sms-console-");
      try (Stream<Path> files = Files.list(configDir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.getFileName().toString();
          if (name.matches("[^.].*\\.ya?ml") && !name.equals(TemplateSave.TEMPLATES_FILE)) {
            Files.copy(f, temp.resolve(name));
          }
        }
      }
      Files.writeString(temp.resolve(TemplateSave.TEMPLATES_FILE), draft, StandardCharsets.UTF_8);
      Configuration config;
      try {
        config = ConfigLoader.load(temp);
      } catch (ConfigException e) {
        return new Checked(e.errors(), List.of());
      }
      return new Checked(List.of(), render(config, booking, now));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the draft: " + e.getMessage(), e);
    } finally {
      delete(temp);
    }
  }

  private static List<Rendering> render(
      Configuration config, Optional<Booking> booking, LocalDateTime now) {
    List<Rendering> out = new ArrayList<>();
    List<Store> stores = config.stores().all();
    Store first =
        booking
            .flatMap(b -> stores.stream().filter(s -> s.id().equals(b.storeId())).findFirst())
            .or(() -> stores.stream().findFirst())
            .orElse(new Store("1000001", "예시 매장", "예시", null, ""));
    new TreeMap<>(config.smsTemplates().named())
        .forEach((key, t) -> out.add(rendering(key, t, first, booking, config, now)));
    for (Store s : stores) {
      config
          .smsTemplates()
          .guide(s.guideTemplate())
          .filter(g -> out.stream().noneMatch(r -> r.key().equals("guide:" + s.guideTemplate())))
          .ifPresent(
              g -> out.add(rendering("guide:" + s.guideTemplate(), g, s, booking, config, now)));
    }
    out.sort(Comparator.comparing(r -> r.key().startsWith("guide:")));
    return out;
  }

  private static Rendering rendering(
      String key,
      SmsTemplate t,
      Store store,
      Optional<Booking> booking,
      Configuration config,
      LocalDateTime now) {
    Booking b = booking.orElseGet(() -> SampleBookings.typical(store.id()));
    try {
      var context = TemplateContext.forBooking(b, store, now, config.optionKeywords());
      String text = t.content().render(context);
      int bytes = EucKr.bytes(text);
      return new Rendering(
          key,
          t.subject(),
          text,
          bytes,
          MessageType.forBytes(bytes).name(),
          "",
          AlimTalkPreview.of(t, store.id(), context, config.alimTalk()));
    } catch (RuntimeException e) {
      return new Rendering(key, t.subject(), "", 0, "", e.getMessage(), Optional.empty());
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir + ": " + e.getMessage(), e);
    }
  }
}
