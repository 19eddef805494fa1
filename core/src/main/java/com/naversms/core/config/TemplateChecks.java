package com.naversms.core.config;

import com.naversms.core.booking.Store;
import com.naversms.core.plan.EucKr;
import com.naversms.core.plan.EucKrReplacements;
import com.naversms.core.plan.MessageType;
import com.naversms.core.template.Destination;
import com.naversms.core.template.PebbleTemplate;
import com.naversms.core.template.Template;
import com.naversms.core.template.TemplateContext;
import com.naversms.core.template.TemplateException;
import com.naversms.core.template.TemplateLimit;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load-time checks of a template: syntax, unknown variables (by rendering it against the sample
 * bookings), and for SMS the EUC-KR character set and the 2,000-byte LMS limit.
 */
final class TemplateChecks {
  /** What context a template is rendered with. */
  enum Use {
    BOOKING,
    DIGEST
  }

  private TemplateChecks() {}

  /**
   * Compiles the operator-channel template written at {@code node}; a syntax error is reported with
   * its line.
   */
  static Optional<PebbleTemplate> compile(
      YamlNode.Scalar node, String origin, Destination destination, Problems p) {
    return compile(node, node.text(), origin, destination, p);
  }

  /**
   * Compiles an SMS text with the symbols EUC-KR cannot encode replaced (docs/design.md 6.7): what
   * is rendered, sized and sent is the replaced text. Replacing never removes a line break, so
   * syntax errors keep their lines.
   */
  static Optional<PebbleTemplate> compileSms(YamlNode.Scalar node, String origin, Problems p) {
    return compile(node, EucKrReplacements.apply(node.text()), origin, Destination.SMS, p);
  }

  private static Optional<PebbleTemplate> compile(
      YamlNode.Scalar node, String source, String origin, Destination destination, Problems p) {
    try {
      return Optional.of(PebbleTemplate.compile(source, origin, destination));
    } catch (PebbleException e) {
      p.add(node.path(), lineOf(node, e), "template syntax error: " + e.getPebbleMessage());
      return Optional.empty();
    }
  }

  /**
   * Renders {@code t} with the sample contexts of {@code use} (plus {@code extra} variables) and
   * reports the first failure. Returns the worst-case rendering when every sample rendered.
   */
  static Optional<String> renders(
      Template t,
      YamlNode.Scalar node,
      Problems p,
      Use use,
      Store store,
      List<String> keywords,
      Set<String> extra) {
    String first = null;
    for (Map<String, Object> ctx : contexts(use, store, keywords, extra)) {
      try {
        String out = t.render(ctx);
        first = first == null ? out : first;
      } catch (TemplateException e) {
        p.add(node.path(), lineOf(node, e.getCause()), renderProblem(e, use, node));
        return Optional.empty();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Renders {@code t} with every sample context and reports a rendering that stops at a limit
   * ({@link TemplateLimit}); other failures (an unknown variable a caller would supply) are left to
   * where a rule uses the template.
   */
  static void withinLimits(Template t, YamlNode.Scalar node, Problems p) {
    Store store = SampleBookings.sampleStore("1000001");
    for (Use use : Use.values()) {
      for (Map<String, Object> ctx : contexts(use, store, List.of(), Set.of())) {
        try {
          t.render(ctx);
        } catch (TemplateException e) {
          if (e.getCause() instanceof TemplateLimit limit) {
            p.add(node.path(), lineOf(node, limit), "cannot render: " + limit.getPebbleMessage());
            return;
          }
        }
      }
    }
  }

  /**
   * Characters EUC-KR cannot encode (a warning for each one the replacement table covers, an error
   * for the first it does not), then the rendered size against the LMS limit.
   */
  static void smsLimits(YamlNode.Scalar node, String worstRendering, Problems p) {
    if (!EucKrChecks.text(node, p)) {
      return;
    }
    int bytes = EucKr.bytes(worstRendering);
    if (bytes > MessageType.LMS_MAX_BYTES) {
      p.at(
          node,
          String.format(
              "can exceed 2,000 EUC-KR bytes: renders to %,d bytes with the worst-case sample booking",
              bytes));
    }
  }

  static List<Map<String, Object>> contexts(
      Use use, Store store, List<String> keywords, Set<String> extra) {
    List<Map<String, Object>> out = new ArrayList<>();
    var worst = SampleBookings.worstCase(store.id());
    var minimal = SampleBookings.minimal(store.id());
    if (use == Use.BOOKING) {
      out.add(TemplateContext.forBooking(worst, store, SampleBookings.NOW, keywords));
      out.add(TemplateContext.forBooking(minimal, store, SampleBookings.NOW, keywords));
    } else {
      out.add(
          TemplateContext.forDigest(List.of(worst, minimal), store, SampleBookings.NOW, keywords));
      out.add(TemplateContext.forDigest(List.of(), store, SampleBookings.NOW, keywords));
    }
    List<Map<String, Object>> withExtra = new ArrayList<>();
    for (Map<String, Object> ctx : out) {
      Map<String, Object> m = new LinkedHashMap<>(ctx);
      extra.forEach(name -> m.putIfAbsent(name, "샘플"));
      withExtra.add(m);
    }
    return withExtra;
  }

  private static String renderProblem(TemplateException e, Use use, YamlNode.Scalar node) {
    return switch (e.getCause()) {
      case RootAttributeNotFoundException r ->
          "unknown variable \""
              + r.getAttributeName()
              + "\" (templates here see: "
              + (use == Use.BOOKING ? "booking, store, now" : "bookings, count, store, now")
              + ")";
      case AttributeNotFoundException a ->
          "unknown variable \""
              + dotted(node.text(), a.getLineNumber(), a.getAttributeName())
              + "\"";
      case PebbleException pe -> "cannot render: " + pe.getPebbleMessage();
      case null, default -> "cannot render: " + e.getMessage();
    };
  }

  private static int lineOf(YamlNode.Scalar node, Throwable e) {
    if (e instanceof PebbleException pe && pe.getLineNumber() != null) {
      int lines = Math.max(1, (int) node.text().chars().filter(c -> c == '\n').count());
      return node.lineOfTextLine(Math.min(pe.getLineNumber(), lines));
    }
    return node.line();
  }

  /** The whole dotted name ({@code booking.nmae}) around a missing attribute, as written. */
  private static String dotted(String source, Integer line, String attribute) {
    String[] lines = source.split("\n", -1);
    String where = line != null && line >= 1 && line <= lines.length ? lines[line - 1] : source;
    Matcher m =
        Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*\\." + Pattern.quote(attribute) + "\\b")
            .matcher(where);
    return m.find() ? m.group() : attribute;
  }
}
