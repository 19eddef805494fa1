package com.naversms.adapters.sens;

import com.naversms.core.booking.Phone;
import com.naversms.core.plan.Message;
import com.naversms.core.plan.MessageType;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What SENS would cut or fail, refused before any request: SENS truncates over-long content and
 * fails on characters EUC-KR cannot carry (external-apis C.2), so neither may leave this machine.
 *
 * <p>An LMS with a short text is allowed (the legacy system sends everything as LMS with a
 * subject); an SMS over 90 bytes is not, since SENS would cut it.
 */
final class SensMessageCheck {
  static final int SUBJECT_MAX_BYTES = 40;

  private SensMessageCheck() {}

  static Optional<String> problem(Message.Sms message) {
    String to = Phone.digits(message.to());
    if (to.length() < 8) {
      return Optional.of("recipient number is missing or too short");
    }
    if (Phone.digits(message.from()).isEmpty()) {
      return Optional.of("sender number (from) is missing");
    }
    if (message.text() == null || message.text().isEmpty()) {
      return Optional.of("message text is empty");
    }
    Optional<String> unencodable = unencodable("text", message.text());
    if (unencodable.isPresent()) {
      return unencodable;
    }
    int bytes = SensText.bytes(message.text());
    if (bytes > MessageType.LMS_MAX_BYTES) {
      return Optional.of(
          "text is " + bytes + " EUC-KR bytes; LMS allows " + MessageType.LMS_MAX_BYTES);
    }
    MessageType type = typeOf(message);
    if (type == MessageType.SMS && bytes > MessageType.SMS_MAX_BYTES) {
      return Optional.of(
          "SMS text is " + bytes + " EUC-KR bytes; SMS allows " + MessageType.SMS_MAX_BYTES);
    }
    String subject = message.subject() == null ? "" : message.subject();
    if (type == MessageType.LMS) {
      Optional<String> badSubject = unencodable("subject", subject);
      if (badSubject.isPresent()) {
        return badSubject;
      }
      if (SensText.bytes(subject) > SUBJECT_MAX_BYTES) {
        return Optional.of(
            "subject is " + SensText.bytes(subject) + " EUC-KR bytes; SENS allows 40");
      }
    }
    return Optional.empty();
  }

  /** The message's own type, or the one its length calls for when it carries none. */
  static MessageType typeOf(Message.Sms message) {
    return message.type() != null
        ? message.type()
        : MessageType.forBytes(SensText.bytes(message.text()));
  }

  private static Optional<String> unencodable(String field, String value) {
    OptionalInt cp = SensText.firstUnencodable(value);
    return cp.isPresent()
        ? Optional.of(
            field
                + " holds a character EUC-KR cannot carry: U+"
                + Integer.toHexString(cp.getAsInt()).toUpperCase(Locale.ROOT))
        : Optional.empty();
  }
}
