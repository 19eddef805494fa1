package com.naversms.formats.snapshot;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.MobileNumber;
import com.naversms.core.booking.Phone;
import com.naversms.core.state.RecordKey;
import com.naversms.core.state.RecordKeys;
import com.naversms.core.state.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Made-up names, phones and e-mail addresses for a snapshot that leaves the studio ({@code snapshot
 * export --pseudonymise}). Consistent within one export: the same phone (in any of its stored
 * forms) or name always becomes the same pseudonym, and record keys are rewritten the same way, so
 * the replayed plan still matches each record to its booking. Phones become {@code 0100000xxxx}
 * (same length as the original), names made-up Korean names; a pseudonym never equals an original.
 *
 * <p>Replaced: every string that is a known name or e-mail address, every known phone form inside
 * any string, and names of three characters or more inside any string. Free text that names a
 * customer in another way (a form answer) is not recognised.
 */
public final class Pseudonyms {
  private static final String SURNAMES = "김이박최정강조윤장임";
  private static final List<String> GIVEN =
      List.of(
          "하나", "두리", "세아", "나래", "다온", "라온", "마루", "바다", "사랑", "아라", "자람", "차미", "가람", "누리", "도담",
          "로운", "보람", "소망", "이슬", "한결");

  private final Map<String, String> phones = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> emails = new LinkedHashMap<>();
  private final Pattern pattern;
  private final Map<String, String> replacements = new LinkedHashMap<>();

  private Pseudonyms(List<Booking> bookings, List<StoredRecord> records) {
    Set<String> originalPhones = new HashSet<>();
    Set<String> originalNames = new HashSet<>();
    List<String> phoneOrder = new ArrayList<>();
    List<String> nameOrder = new ArrayList<>();
    for (Booking b : bookings) {
      phoneOrder.add(b.phone());
      nameOrder.add(b.name());
      if (b.email() != null && !b.email().isBlank()) {
        emails.putIfAbsent(b.email().strip(), "person" + (emails.size() + 1) + "@example.com");
      }
    }
    for (StoredRecord r : records) {
      phoneOrder.add(Phone.digits(r.key().phone()));
      nameOrder.add(r.name());
    }
    phoneOrder.forEach(p -> originalPhones.add(Phone.digits(p)));
    nameOrder.forEach(n -> originalNames.add(n.strip()));
    int next = 1;
    for (String p : phoneOrder) {
      String digits = Phone.digits(p);
      if (digits.isEmpty() || phones.containsKey(digits)) {
        continue;
      }
      String pseudo;
      do {
        pseudo = phone(next++, digits.length());
      } while (originalPhones.contains(pseudo));
      phones.put(digits, pseudo);
    }
    next = 0;
    for (String n : nameOrder) {
      String name = n.strip();
      if (name.isEmpty() || names.containsKey(name)) {
        continue;
      }
      String pseudo;
      do {
        pseudo = name(next++);
      } while (originalNames.contains(pseudo));
      names.put(name, pseudo);
    }
    phones.forEach((digits, pseudo) -> {
      for (String form : forms(digits)) {
        replacements.putIfAbsent(form, reshape(form, pseudo));
      }
    });
    names.forEach((name, pseudo) -> {
      if (name.length() >= 3) {
        replacements.putIfAbsent(name, pseudo);
      }
    });
    List<String> keys = new ArrayList<>(replacements.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder regex = new StringBuilder();
    for (String k : keys) {
      regex.append(regex.isEmpty() ? "" : "|").append(Pattern.quote(k));
    }
    // a phone form never matches inside a longer run of digits
    this.pattern = keys.isEmpty() ? null : Pattern.compile("(?<![0-9])(?:" + regex + ")(?![0-9])");
  }

  /** The pseudonyms of every customer in {@code bookings} and {@code records}. */
  public static Pseudonyms of(List<Booking> bookings, List<StoredRecord> records) {
    return new Pseudonyms(bookings, records);
  }

  /** The booking's partner-API object with every customer value replaced. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> booking(Booking booking) {
    return (Map<String, Object>) value(PartnerJson.object(booking), "");
  }

  /** The record under its pseudonymised key, with its name and extra values replaced. */
  @SuppressWarnings("unchecked")
  public StoredRecord record(StoredRecord r) {
    String digits = Phone.digits(r.key().phone());
    String phone =
        phones.containsKey(digits) ? reshape(r.key().phone(), phones.get(digits)) : r.key().phone();
    return new StoredRecord(
        new RecordKey(r.key().bookingNum(), phone),
        text(r.name(), "name"),
        r.bookingTime(),
        r.confirmSms(),
        r.remindSms(),
        r.optionSms(),
        text(r.optionTime(), ""),
        (Map<String, Object>) value(r.extra(), ""));
  }

  /** The pseudonym of a phone (any form), for a test or a message; the digits when unknown. */
  public String phone(String original) {
    String digits = Phone.digits(original);
    return phones.getOrDefault(digits, digits);
  }

  private Object value(Object v, String field) {
    return switch (v) {
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), value(x, String.valueOf(k))));
        yield out;
      }
      case List<?> l -> l.stream().map(x -> value(x, field)).toList();
      case String s -> text(s, field);
      case null -> null;
      default -> v;
    };
  }

  private String text(String s, String field) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    String stripped = s.strip();
    if (names.containsKey(stripped)) {
      return names.get(stripped);
    }
    if (emails.containsKey(stripped)) {
      return emails.get(stripped);
    }
    if (field.equalsIgnoreCase("email") && stripped.contains("@")) {
      return "person0@example.com";
    }
    String replaced = replaceKnown(s);
    if (field.equalsIgnoreCase("phone")
        && replaced.equals(s)
        && MobileNumber.read(s) instanceof MobileNumber.Valid v) {
      // a form no system stores (e.g. "+82 10-…"): its number's pseudonym, hyphenated
      return Phone.hyphenated(phones.getOrDefault(v.digits(), phone(9_999, 11)));
    }
    return replaced;
  }

  private String replaceKnown(String s) {
    if (pattern == null) {
      return s;
    }
    Matcher m = pattern.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<String> forms(String digits) {
    List<String> forms = new ArrayList<>(RecordKeys.phoneForms(digits));
    forms.add(digits);
    forms.add(Phone.hyphenated(digits));
    return forms;
  }

  /** {@code form}'s digits replaced in order by {@code pseudo}'s (same count), hyphens kept. */
  private static String reshape(String form, String pseudo) {
    if (Phone.digits(form).length() != pseudo.length()) {
      return RecordKeys.legacyPhone(pseudo);
    }
    StringBuilder out = new StringBuilder(form.length());
    int i = 0;
    for (char c : form.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? pseudo.charAt(i++) : c);
    }
    return out.toString();
  }

  /** {@code 0100000} + four digits of {@code n}, cut or padded to {@code length} digits. */
  private static String phone(int n, int length) {
    String tail = String.format("%04d", n % 10_000);
    if (length >= 11) {
      // past 9999 customers the prefix gives up two zeros, so no two share a pseudonym
      return n < 10_000
          ? "0100000" + "0".repeat(length - 11) + tail
          : "01000" + "0".repeat(length - 11) + String.format("%06d", n);
    }
    String full = (length == 10 ? "010000" : "0000000") + tail;
    return full.substring(full.length() - length);
  }

  private static String name(int n) {
    String name =
        SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.get((n / SURNAMES.length()) % GIVEN.size());
    int round = n / (SURNAMES.length() * GIVEN.size());
    return round == 0 ? name : name + round;
  }
}
