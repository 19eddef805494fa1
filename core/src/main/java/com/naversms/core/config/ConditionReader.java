package com.naversms.core.config;

import com.naversms.core.rules.Condition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One condition of {@code rules.yaml}: a legacy leaf ({@code type} + {@code params}) or a
 * composition ({@code all}/{@code any} with {@code conditions}, {@code not} with {@code
 * condition}).
 */
final class ConditionReader {
  static final List<String> TYPES =
      List.of(
          "all",
          "any",
          "not",
          "booking_not_in_db",
          "booking_in_db",
          "time_before_booking",
          "flag_not_set",
          "flag_set",
          "current_hour",
          "booking_status",
          "booking_status_any",
          "date_is_today",
          "has_option_keyword",
          "has_multiple_options",
          "date_range",
          "has_pro_edit_option",
          "store_id_matches",
          "time_after_booking_end",
          "biz_item",
          "booking_rescheduled",
          "booking_cancelled");

  private final RuleRefs refs;
  private final Problems p;

  ConditionReader(RuleRefs refs) {
    this.refs = refs;
    this.p = refs.problems();
  }

  /** A list of conditions (each reported on its own); empty when any of them is unusable. */
  Optional<List<Condition>> list(YamlNode node) {
    Optional<YamlNode.Sequence> seq = YamlValues.sequence(node, p);
    if (seq.isEmpty()) {
      return Optional.empty();
    }
    if (seq.get().items().isEmpty()) {
      p.at(node, "must list at least one condition");
      return Optional.empty();
    }
    List<Condition> out = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : seq.get().items()) {
      Optional<Condition> c = read(item);
      c.ifPresent(out::add);
      ok &= c.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  Optional<Condition> read(YamlNode node) {
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> type = m.get().get("type").flatMap(t -> YamlValues.nonBlank(t, p));
    if (m.get().get("type").isEmpty()) {
      p.at(node, "missing \"type\"");
    }
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return switch (type.get()) {
      case "all", "any" -> composed(m.get(), type.get());
      case "not" -> negated(m.get());
      default -> leafWithParams(m.get(), type.get());
    };
  }

  private Optional<Condition> composed(YamlNode.Mapping m, String type) {
    Keys.only(m, Set.of("type", "conditions", "description"), p);
    Optional<YamlNode> children = m.get("conditions");
    if (children.isEmpty()) {
      p.at(m, "missing \"conditions\" (the list that " + type + " combines)");
      return Optional.empty();
    }
    return list(children.get())
        .map(cs -> type.equals("all") ? new Condition.All(cs) : new Condition.Any(cs));
  }

  private Optional<Condition> negated(YamlNode.Mapping m) {
    Keys.only(m, Set.of("type", "condition", "conditions", "description"), p);
    Optional<YamlNode> one = m.get("condition");
    Optional<YamlNode> many = m.get("conditions");
    if (one.isPresent() == many.isPresent()) {
      p.at(m, "not takes either \"condition\" (one) or \"conditions\" (all of a list)");
      return Optional.empty();
    }
    Optional<Condition> inner =
        one.isPresent() ? read(one.get()) : list(many.get()).map(Condition.All::new);
    return inner.map(Condition.Not::new);
  }

  private Optional<Condition> leafWithParams(YamlNode.Mapping m, String type) {
    if (!TYPES.contains(type)) {
      p.atKey(
          m,
          "type",
          "unknown condition type \"" + type + "\" (known: " + String.join(", ", TYPES) + ")");
      return Optional.empty();
    }
    Keys.only(m, Set.of("type", "params", "description"), p);
    Params params = Params.of(m, type, p);
    Optional<Condition> c = leaf(type, params);
    params.rejectUnknown();
    return c;
  }

  private Optional<Condition> leaf(String type, Params params) {
    return switch (type) {
      case "booking_not_in_db" -> Optional.of(new Condition.BookingNotInDb());
      case "booking_in_db" -> Optional.of(new Condition.BookingInDb());
      case "date_is_today" -> Optional.of(new Condition.DateIsToday());
      case "has_pro_edit_option" -> Optional.of(new Condition.HasProEditOption());
      case "time_before_booking" -> TimingParams.before(params);
      case "time_after_booking_end" -> TimingParams.afterEnd(params);
      case "biz_item" -> params.strings("names", true).map(Condition.BizItem::new);
      case "booking_rescheduled" -> Optional.of(new Condition.BookingRescheduled());
      case "booking_cancelled" -> Optional.of(new Condition.BookingCancelled());
      case "flag_not_set" ->
          params.required("flag", n -> FlagNames.read(n, p)).map(Condition.FlagNotSet::new);
      case "flag_set" ->
          params.required("flag", n -> FlagNames.read(n, p)).map(Condition.FlagSet::new);
      case "current_hour" -> params.integer("hour", 0, 23, true).map(Condition.CurrentHour::new);
      case "booking_status" -> params.text("status", true).map(Condition.BookingStatus::new);
      case "booking_status_any" ->
          params.strings("statuses", true).map(Condition.BookingStatusAny::new);
      case "has_option_keyword" ->
          Optional.of(
              new Condition.HasOptionKeyword(params.strings("keywords", false).orElse(List.of())));
      case "has_multiple_options" -> multipleOptions(params);
      case "date_range" -> dateRange(params);
      case "store_id_matches" -> new StoreIds(refs).read(params).map(Condition.StoreIdMatches::new);
      default -> Optional.empty();
    };
  }

  private Optional<Condition> multipleOptions(Params params) {
    Optional<List<String>> keywords = params.strings("keywords", true);
    Optional<Integer> min =
        params.node("min_count").isEmpty()
            ? Optional.of(1)
            : params.integer("min_count", 1, 100, true);
    return keywords.flatMap(k -> min.map(n -> new Condition.HasMultipleOptions(k, n)));
  }

  private Optional<Condition> dateRange(Params params) {
    Optional<LocalDate> start = params.date("start_date");
    Optional<LocalDate> end = params.date("end_date");
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      YamlNode endNode = params.node("end_date").orElseThrow();
      p.at(endNode, "end_date " + end.get() + " is before start_date " + start.get());
      return Optional.empty();
    }
    return start.flatMap(s -> end.map(e -> new Condition.DateRange(s, e)));
  }
}
