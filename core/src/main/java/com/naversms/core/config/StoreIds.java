package com.naversms.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code store_ids} of {@code store_id_matches}: integers or digit strings of known stores. */
final class StoreIds {
  private final RuleRefs refs;

  StoreIds(RuleRefs refs) {
    this.refs = refs;
  }

  Optional<List<String>> read(Params params) {
    Problems p = refs.problems();
    Optional<YamlNode> node = params.required("store_ids", Optional::of);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      p.at(node.get(), "expected a list of store ids, got " + node.get().describe());
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    int before = p.count();
    for (YamlNode item : seq.items()) {
      Optional<String> id = YamlValues.string(item, p);
      if (id.isEmpty()) {
        continue;
      }
      if (!id.get().strip().matches("[0-9]+")) {
        p.at(item, "expected a store id (digits), got " + item.describe());
      } else if (refs.strict() && refs.stores().byId(id.get().strip()).isEmpty()) {
        p.at(item, "unknown store id " + id.get().strip() + " (not in stores.yaml)");
      } else {
        ids.add(id.get().strip());
      }
    }
    return p.count() == before ? Optional.of(ids) : Optional.empty();
  }
}
