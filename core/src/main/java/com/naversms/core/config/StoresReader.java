package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code stores.yaml}: {@code default.fromNumber} and {@code stores: {id: {name, fromNumber,
 * templates: {guide}}}} in the legacy structure, plus an optional {@code alias} per store.
 */
final class StoresReader {
  static final String FILE = "stores.yaml";
  private static final String LEGACY_BRAND = "다비스튜디오";

  private StoresReader() {}

  /** The stores (in file order), or empty when the file is unusable (reported). */
  static Optional<Stores> read(YamlNode root, Problems p) {
    Optional<YamlNode.Mapping> top = YamlValues.mapping(root, p);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Keys.only(top.get(), Set.of("default", "stores"), p);
    String defaultFrom = null;
    Optional<YamlNode> def = top.get().get("default");
    if (def.isEmpty()) {
      p.add("", 1, "missing \"default\" (with the default sender \"fromNumber\")");
    } else {
      defaultFrom =
          YamlValues.mapping(def.get(), p).flatMap(m -> fromNumber(m, true, p)).orElse(null);
    }
    List<Store> stores = new ArrayList<>();
    Optional<YamlNode> list = top.get().get("stores");
    if (list.isEmpty()) {
      p.add("", 1, "missing \"stores\"");
    } else {
      YamlValues.mapping(list.get(), p)
          .ifPresent(
              m -> m.values().forEach((id, node) -> store(m, id, node, p).ifPresent(stores::add)));
    }
    return Optional.of(new Stores(defaultFrom, stores));
  }

  private static Optional<Store> store(
      YamlNode.Mapping parent, String id, YamlNode node, Problems p) {
    if (!id.matches("[0-9]+")) {
      p.atKey(parent, id, "a store id must be the Naver business id (digits), got \"" + id + "\"");
    }
    Optional<YamlNode.Mapping> m = YamlValues.mapping(node, p);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Keys.only(m.get(), Set.of("name", "alias", "fromNumber", "templates"), p);
    String name = m.get().get("name").flatMap(n -> YamlValues.string(n, p)).orElse("");
    String alias =
        m.get().get("alias").flatMap(n -> YamlValues.nonBlank(n, p)).orElse(legacyAlias(name, id));
    String from = fromNumber(m.get(), false, p).orElse(null);
    String guide = id;
    Optional<YamlNode> templates = m.get().get("templates");
    if (templates.isPresent()) {
      Optional<YamlNode.Mapping> t = YamlValues.mapping(templates.get(), p);
      if (t.isPresent()) {
        Keys.only(t.get(), Set.of("guide"), p);
        guide = t.get().get("guide").flatMap(g -> YamlValues.nonBlank(g, p)).orElse(id);
      }
    }
    return Optional.of(new Store(id, name, alias, from, guide));
  }

  private static Optional<String> fromNumber(YamlNode.Mapping m, boolean required, Problems p) {
    Optional<YamlNode> n = m.get("fromNumber");
    if (n.isEmpty()) {
      if (required) {
        p.add(m.path(), m.line(), "missing \"fromNumber\"");
      }
      return Optional.empty();
    }
    Optional<String> number = YamlValues.string(n.get(), p);
    if (number.isPresent() && !number.get().matches("0[0-9]{7,11}")) {
      p.at(
          n.get(),
          "expected a sender number of digits such as \"01000000000\", got " + n.get().describe());
      return Optional.empty();
    }
    return number;
  }

  /** The legacy alias: the name without the leading brand and without spaces, else the id. */
  static String legacyAlias(String name, String id) {
    String s = name == null ? "" : name.strip();
    if (s.startsWith(LEGACY_BRAND)) {
      s = s.substring(LEGACY_BRAND.length());
    }
    s = s.replaceAll("\\s+", "");
    return s.isEmpty() ? id : s;
  }
}
