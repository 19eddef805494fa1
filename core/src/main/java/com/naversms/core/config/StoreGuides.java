package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.booking.Stores;
import com.naversms.core.rules.SmsTemplates;

/** Every store needs its guide text in {@code sms_templates.yaml templates.guide.stores}. */
final class StoreGuides {
  private StoreGuides() {}

  static void check(YamlNode storesRoot, Stores stores, SmsTemplates sms, Problems p) {
    for (Store store : stores.all()) {
      if (sms.guide(store.guideTemplate()).isEmpty()) {
        YamlNode at = locate(storesRoot, store.id());
        p.at(
            at,
            "store "
                + store.id()
                + " has no guide template: sms_templates.yaml templates.guide.stores has no \""
                + store.guideTemplate()
                + "\"");
      }
    }
  }

  /** The store's {@code templates.guide} node, else the store's own node. */
  private static YamlNode locate(YamlNode root, String id) {
    YamlNode node = root;
    for (String key : new String[] {"stores", id, "templates", "guide"}) {
      if (!(node instanceof YamlNode.Mapping m) || m.get(key).isEmpty()) {
        return node;
      }
      node = m.get(key).get();
    }
    return node;
  }
}
