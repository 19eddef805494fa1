package com.naversms.core.config;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.input.ConfigException;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.MessageType;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateContext;
import com.naversms.core.template.TemplateException;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code config check}: loads and validates the config folder, then renders every SMS template
 * (each named one and each store's guide) with a sample booking and reports its size, and tries
 * every Telegram/Slack template with a booking and a digest context.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  public static ConfigReport run(Path dir) {
    ConfigLoader.Loaded loaded;
    try {
      loaded = ConfigLoader.loadWithWarnings(dir);
    } catch (ConfigException e) {
      return new ConfigReport(e.errors(), List.of(), List.of(), List.of());
    }
    Configuration config = loaded.config();
    List<ConfigReport.SmsSize> sms = new ArrayList<>();
    Store first =
        config.stores().all().isEmpty()
            ? SampleBookings.sampleStore("1000001")
            : config.stores().all().get(0);
    new TreeMap<>(config.smsTemplates().named())
        .values()
        .forEach(t -> sms.add(size(t, t.key(), first, config)));
    for (Store store : config.stores().all()) {
      config
          .smsTemplates()
          .guide(store.guideTemplate())
          .ifPresent(t -> sms.add(size(t, "guide (" + store.id() + ")", store, config)));
    }
    List<ConfigReport.Rendering> notifications = new ArrayList<>();
    config
        .telegramTemplates()
        .forEach((name, t) ->
            notifications.add(rendering(ConfigLoader.TELEGRAM_FILE, name, t, first, config)));
    config
        .slackTemplates()
        .forEach((name, t) ->
            notifications.add(rendering(ConfigLoader.SLACK_FILE, name, t, first, config)));
    List<String> warnings = new ArrayList<>();
    loaded.warnings().forEach(w -> warnings.add(w.toString()));
    warnings.addAll(UnresolvedReferences.of(config));
    return new ConfigReport(List.of(), sms, notifications, warnings);
  }

  private static ConfigReport.SmsSize size(
      SmsTemplate t, String name, Store store, Configuration config) {
    String text =
        t.content().render(bookingContext(SampleBookings.typical(store.id()), store, config));
    String worst =
        t.content().render(bookingContext(SampleBookings.worstCase(store.id()), store, config));
    int bytes = EucKr.bytes(text);
    return new ConfigReport.SmsSize(
        name, bytes, MessageType.forBytes(bytes).name(), EucKr.bytes(worst));
  }

  private static ConfigReport.Rendering rendering(
      String file, String name, Template t, Store store, Configuration config) {
    String bookingError;
    try {
      t.render(bookingContext(SampleBookings.typical(store.id()), store, config));
      return new ConfigReport.Rendering(file, name, true, "with a booking");
    } catch (TemplateException e) {
      bookingError =
          e.getCause() instanceof AttributeNotFoundException a
              ? "unknown variable \"" + a.getAttributeName() + "\""
              : e.getMessage();
    }
    try {
      t.render(
          TemplateContext.forDigest(
              List.of(SampleBookings.typical(store.id()), SampleBookings.minimal(store.id())),
              store,
              SampleBookings.NOW,
              config.optionKeywords()));
      return new ConfigReport.Rendering(file, name, true, "as a digest (bookings, count)");
    } catch (TemplateException e) {
      return new ConfigReport.Rendering(
          file, name, false, bookingError + "; a rule using it must pass it in template_params");
    }
  }

  private static Map<String, Object> bookingContext(Booking b, Store store, Configuration config) {
    return TemplateContext.forBooking(b, store, SampleBookings.NOW, config.optionKeywords());
  }
}
