package com.naversms.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reserved suffixes (issue 12, item 7) are exactly the attributes DeliveryAttributes names. */
class DeliveryAttributesTest {
  @Test
  void everyAttributeName_isTheFlagPlusAListedSuffix() throws Exception {
    DeliveryAttributes a = new DeliveryAttributes("vip_sms");
    List<String> suffixes = new ArrayList<>();
    for (Method m : DeliveryAttributes.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getReturnType() == String.class
          && !List.of("flag", "toString").contains(m.getName())) {
        String name = (String) m.invoke(a);
        assertThat(name).as(m.getName()).startsWith("vip_sms_");
        suffixes.add(name.substring("vip_sms".length()));
      }
    }

    assertThat(suffixes).isNotEmpty();
    assertThat(DeliveryAttributes.SUFFIXES).containsExactlyInAnyOrderElementsOf(suffixes);
  }
}
