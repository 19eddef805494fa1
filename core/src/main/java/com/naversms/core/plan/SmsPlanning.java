package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Phone;
import com.naversms.core.booking.Store;
import com.naversms.core.rules.Action;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.SmsTemplates;
import com.naversms.core.rules.SmsTemplates.SmsTemplate;
import com.naversms.core.template.TemplateException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans one {@code send_sms}: picks the template, renders it, sizes it, picks the sender. An
 * advertising template is not planned to a number on the opt-out list.
 */
final class SmsPlanning {
  static final String CONFIRMATION = "confirmation";
  static final String GUIDE = "guide";

  /** The names the confirmation template may have in sms_templates.yaml, in order of preference. */
  private static final List<String> CONFIRMATION_NAMES =
      List.of("booking_confirm", "confirmation", "confirm");

  private SmsPlanning() {}

  /** {@code confirm}, {@code confirmation} and {@code booking_confirm} name one message. */
  static String canonical(String template) {
    return switch (template) {
      case "confirm", "booking_confirm" -> CONFIRMATION;
      default -> template;
    };
  }

  /** {@code slot}: the booking's slot when {@code flag} is slot-bound, else null. */
  static Step plan(
      String rule, Action.SendSms action, String flag, LocalDateTime slot, BookingInput in) {
    String template = canonical(action.template());
    String to = Phone.digits(in.booking().phone());
    if (to.isEmpty()) {
      return new Step.Broken("phone", "the booking has no phone number");
    }
    Optional<SmsTemplate> found = find(template, in);
    if (found.isEmpty()) {
      return new Step.Broken("template", missing(template, in));
    }
    String refusal = found.get().advertising() ? in.optOuts().refusal(to) : null;
    Step planned = rendered(rule, template, flag, slot, in, found.get(), to);
    if (refusal == null) {
      return planned;
    }
    // rendered all the same, so the message ledger shows what was held back (Withheld)
    return new Step.Skipped(
        Step.Why.NOT_TO_OPTED_OUT,
        refusal,
        planned instanceof Step.Add add ? (Delivery.Send) add.action() : null);
  }

  private static Step rendered(
      String rule,
      String template,
      String flag,
      LocalDateTime slot,
      BookingInput in,
      SmsTemplate found,
      String to) {
    Booking b = in.booking();
    Configuration config = in.situation().config();
    boolean advertising = found.advertising();
    String text;
    List<SmsValues.Changed> changed = new ArrayList<>();
    try {
      // booking values as SENS can carry them; the template's own text as it is (issue 12.2)
      text = found.content().render(SmsValues.context(in.variables(), changed));
    } catch (TemplateException e) {
      return new Step.Broken("template", found.content().origin() + ": " + e.getMessage());
    }
    int bytes = EucKr.bytes(text);
    if (bytes > MessageType.LMS_MAX_BYTES) {
      return new Step.Broken(
          "template",
          "'"
              + template
              + "' renders to "
              + bytes
              + " bytes, over the LMS limit of "
              + MessageType.LMS_MAX_BYTES);
    }
    Message.Sms sms =
        new Message.Sms(
            to,
            config.stores().senderFor(b.storeId()),
            MessageType.forBytes(bytes),
            found.subject(),
            text,
            bytes,
            advertising);
    Message message =
        AlimTalkPlanning.of(found, sms, b.storeId(), in.variables(), config.alimTalk());
    return new Step.Add(
        new Delivery.Send(message, flag, template, slot),
        changed.stream()
            .map(c ->
                new ValueChange(
                    rule,
                    in.key().bookingNum(),
                    b.storeId(),
                    template,
                    c.value(),
                    c.masked(),
                    c.characters()))
            .toList());
  }

  private static Optional<SmsTemplate> find(String template, BookingInput in) {
    var templates = in.situation().config().smsTemplates();
    if (template.equals(GUIDE)) {
      return in.store().flatMap(store -> templates.guide(guideKey(store)));
    }
    return named(template, templates);
  }

  private static Optional<SmsTemplate> named(String template, SmsTemplates templates) {
    if (template.equals(CONFIRMATION)) {
      for (String name : CONFIRMATION_NAMES) {
        Optional<SmsTemplate> found = templates.named(name);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    return templates.named(template);
  }

  /**
   * Whether a {@code send_sms} of {@code template} sends an advertising message: its template says
   * {@code advertising: true} (for the guide, any store's).
   */
  static boolean advertising(String template, SmsTemplates templates) {
    String name = canonical(template);
    if (name.equals(GUIDE)) {
      return templates.guides().values().stream().anyMatch(SmsTemplate::advertising);
    }
    return named(name, templates).map(SmsTemplate::advertising).orElse(false);
  }

  private static String guideKey(Store store) {
    String key = store.guideTemplate();
    return key == null || key.isBlank() ? store.id() : key;
  }

  private static String missing(String template, BookingInput in) {
    String storeId = in.booking().storeId();
    if (!template.equals(GUIDE)) {
      return "no SMS template '" + template + "' in sms_templates.yaml";
    }
    return in.store().isEmpty()
        ? "store " + storeId + " is not in stores.yaml, so it has no guide template"
        : "no guide template '"
            + guideKey(in.store().get())
            + "' for store "
            + storeId
            + " under templates.guide.stores";
  }
}
