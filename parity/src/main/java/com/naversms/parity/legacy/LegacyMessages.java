package com.naversms.parity.legacy;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import com.naversms.core.plan.SmsValues;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.TemplateContext;
import com.naversms.core.template.TemplateException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The legacy system's three messages, rendered from the same {@code sms_templates.yaml} the rules
 * use. Like the legacy sender, the confirmation and the event go from the default number and only
 * the guide from the store's own number; every message is an LMS.
 */
final class LegacyMessages {
  static final String CONFIRM = "confirmation";
  static final String GUIDE = "guide";
  static final String EVENT = "event";

  private final Configuration config;
  private final LocalDateTime now;

  LegacyMessages(Configuration config, LocalDateTime now) {
    this.config = config;
    this.now = now;
  }

  /** The message, or empty with the reason when the template is missing or fails to render. */
  Rendered render(String rule, Booking booking, String kind, String flag) {
    Store store = config.stores().byId(booking.storeId()).orElse(null);
    Optional<SmsTemplate> template =
        switch (kind) {
          case GUIDE ->
              store == null ? Optional.empty() : config.smsTemplates().guide(store.guideTemplate());
          case CONFIRM ->
              config
                  .smsTemplates()
                  .named("booking_confirm")
                  .or(() -> config.smsTemplates().named(CONFIRM));
          default -> config.smsTemplates().named(kind);
        };
    if (template.isEmpty()) {
      return new Rendered(null, "no " + kind + " template for store " + booking.storeId());
    }
    String text;
    try {
      text =
          template
              .get()
              .content()
              .render(
                  // the same values as the rules' SMS, so the comparison sees no difference (D25)
                  SmsValues.context(
                      TemplateContext.forBooking(
                          booking, store, now, LegacyPlanner.OPTION_KEYWORDS),
                      new ArrayList<>()));
    } catch (TemplateException e) {
      return new Rendered(null, e.getMessage());
    }
    String from =
        GUIDE.equals(kind)
            ? config.stores().senderFor(booking.storeId())
            : config.stores().defaultFrom();
    Delivery.Send sms =
        new Delivery.Send(
            new Message.Sms(
                booking.phone(),
                from,
                MessageType.LMS,
                template.get().subject(),
                text,
                EucKr.bytes(text)),
            flag,
            kind);
    return new Rendered(sms, null);
  }

  /** Either a message or why there is none. */
  record Rendered(Delivery.Send sms, String problem) {}
}
