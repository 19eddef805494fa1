package com.naversms.core.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named Telegram/Slack template used with {@code template_params}: each parameter is rendered
 * against the rule's context and added as a variable. A parameter that is exactly one placeholder
 * ({@code "{{ bookings }}"}) passes the raw value (a list stays a list), as the legacy engine did,
 * and is escaped where the template prints it. Any other parameter is already text of {@code
 * destination} (its values escaped as it rendered), so it is printed as it is, never escaped twice.
 */
public record ParameterizedTemplate(
    String origin, Template inner, Map<String, Template> params, Destination destination)
    implements Template {
  private static final Pattern SINGLE = Pattern.compile("^\\{\\{\\s*([A-Za-z_][\\w.]*)\\s*}}$");

  public ParameterizedTemplate {
    params = Map.copyOf(params);
  }

  @Override
  public String render(Map<String, Object> context) {
    Map<String, Object> merged = new LinkedHashMap<>(context);
    params.forEach((name, template) -> merged.put(name, value(template, context)));
    return inner.render(merged);
  }

  private Object value(Template param, Map<String, Object> context) {
    if (param instanceof PebbleTemplate p) {
      Matcher m = SINGLE.matcher(p.source().strip());
      if (m.matches()) {
        return lookup(m.group(1), context, p.origin());
      }
    }
    String text = param.render(context);
    // Text that escaping leaves as it is stays a String, so comparisons and filters see a String.
    return destination.value(text).equals(text) ? text : new SafeString(text);
  }

  private static Object lookup(String dotted, Map<String, Object> context, String origin) {
    Object current = context;
    for (String part : dotted.split("\\.")) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
        throw new TemplateException(origin + ": unknown variable \"" + dotted + "\"");
      }
      current = map.get(part);
    }
    return current;
  }
}
