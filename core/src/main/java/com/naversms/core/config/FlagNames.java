package com.naversms.core.config;

import com.naversms.core.state.DeliveryAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * Flag names a rule may test or set: the legacy {@code confirm_sms}, {@code remind_sms}, {@code
 * option_sms}, or a new lower_snake_case name stored as an extra record attribute. Names of other
 * record attributes are refused, so a rule cannot overwrite them, and so are names ending in a
 * suffix the service keeps beside every flag ({@link DeliveryAttributes#SUFFIXES}: {@code
 * confirm_sms_claimed_at} is the claim of {@code confirm_sms}, not a flag).
 */
final class FlagNames {
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "booking_num",
          "phone",
          "name",
          "booking_time",
          "option_time",
          "biz_id",
          "option",
          "status",
          "coupon_name",
          "has_pro_edit_option",
          "pro_edit_count",
          "has_edit_add_person_option",
          "edit_add_person_count",
          "option_keywords",
          "reserve_at",
          "book_id");

  private FlagNames() {}

  static Optional<String> read(YamlNode n, Problems p) {
    Optional<String> name = YamlValues.nonBlank(n, p);
    if (name.isEmpty()) {
      return name;
    }
    if (!name.get().matches("[a-z][a-z0-9_]{0,63}")) {
      p.at(n, "a flag name is lower_snake_case, such as \"remind_sms\", got " + n.describe());
      return Optional.empty();
    }
    if (ATTRIBUTES.contains(name.get())) {
      p.at(n, "\"" + name.get() + "\" is a record attribute, not a flag");
      return Optional.empty();
    }
    for (String suffix : DeliveryAttributes.SUFFIXES) {
      if (name.get().endsWith(suffix)) {
        p.at(
            n,
            "\""
                + name.get()
                + "\" is reserved: the service keeps \"<flag>"
                + suffix
                + "\" beside every flag, so a flag name may not end in "
                + String.join(", ", DeliveryAttributes.SUFFIXES));
        return Optional.empty();
      }
    }
    return name;
  }
}
