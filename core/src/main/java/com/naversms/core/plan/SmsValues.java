package com.naversms.core.plan;

import com.naversms.core.booking.PersonName;
import com.naversms.core.plan.EucKrReplacements.Unencodable;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The booking values an SMS renders, as SENS can carry them (issue 12.2). Every string that comes
 * from the booking (name, option names and categories, coupon, e-mail, item name) goes through the
 * templates' replacement table ({@link EucKrReplacements}); a character with no replacement that
 * SENS cannot carry (most emoji, U+202E and the other direction marks) is dropped from the value.
 * The template's own text is never touched: {@code config check} refuses what it cannot carry. A
 * Hangul syllable outside KS X 1001 that CP949 carries (똠) is kept, as the sender keeps it.
 *
 * <p>A view over the booking's variables: a value is cleaned when the template reads it, and each
 * value that changed is reported once ({@link Changed}, for {@code plan --explain}).
 */
public final class SmsValues {
  private static final String BOOKING = "booking";
  private static final ThreadLocal<CharsetEncoder> CP949 =
      ThreadLocal.withInitial(() -> Charset.forName("x-windows-949").newEncoder());

  private SmsValues() {}

  /**
   * One booking value that an SMS carries changed: {@code value} is its name ({@code booking.name},
   * {@code booking.options[0].name}), {@code masked} the value as sent, masked like a name in the
   * logs ({@code 김*수}), {@code characters} what happened to each character ({@code "😀" (U+1F600)
   * dropped: no replacement}, {@code "❤" (U+2764) sent as "♥"}).
   */
  public record Changed(String value, String masked, List<String> characters) {
    public Changed {
      characters = List.copyOf(characters);
    }
  }

  /**
   * {@code context} (a {@code TemplateContext}) with its {@code booking} values cleaned as the
   * template reads them; each value that changed is added to {@code changed}.
   */
  public static Map<String, Object> context(Map<String, Object> context, List<Changed> changed) {
    Object booking = context.get(BOOKING);
    if (!(booking instanceof Map<?, ?> values)) {
      return context;
    }
    Map<String, Object> ctx = new LinkedHashMap<>(context);
    ctx.put(BOOKING, new Cleaned(values, changed));
    return ctx;
  }

  /** {@code text} as SENS can carry it, with what changed, or null when nothing did. */
  static Changed clean(String name, String text, StringBuilder out) {
    List<Unencodable> found = EucKrReplacements.scan(text);
    if (found.isEmpty()) {
      return null;
    }
    Set<String> what = new LinkedHashSet<>();
    int next = 0;
    for (Unencodable u : found) {
      String c = new String(Character.toChars(u.codePoint()));
      out.append(text, next, u.index());
      next = u.index() + c.length();
      if (u.codePoint() == 0x85 || u.codePoint() == 0x2028 || u.codePoint() == 0x2029) {
        out.append('\n'); // a line break as EUC-KR has it: the SMS escaping makes it one space
      } else if (u.replacement().isPresent()) {
        out.append(u.replacement().get());
        what.add(u.character() + " " + u.outcome());
      } else if (CP949.get().canEncode(c)) {
        out.append(c);
      } else {
        what.add(u.character() + " dropped: no replacement");
      }
    }
    out.append(text, next, text.length());
    return what.isEmpty()
        ? null
        : new Changed(name, PersonName.masked(out.toString()), new ArrayList<>(what));
  }

  /** The booking variables, each string cleaned when first read. */
  private static final class Cleaned extends AbstractMap<String, Object> {
    private final Map<?, ?> values;
    private final List<Changed> changed;
    private final Map<Object, Object> read = new HashMap<>();

    Cleaned(Map<?, ?> values, List<Changed> changed) {
      this.values = values;
      this.changed = changed;
    }

    @Override
    public boolean containsKey(Object key) {
      return values.containsKey(key);
    }

    @Override
    public Object get(Object key) {
      Object value = read.get(key);
      if (value == null && !read.containsKey(key)) {
        value = cleaned(() -> BOOKING + "." + key, values.get(key));
        read.put(key, value);
      }
      return value;
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Object>> iterator() {
          Iterator<?> keys = values.keySet().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return keys.hasNext();
            }

            @Override
            public Entry<String, Object> next() {
              Object key = keys.next();
              return new SimpleImmutableEntry<>(String.valueOf(key), get(key));
            }
          };
        }

        @Override
        public int size() {
          return values.size();
        }
      };
    }

    /** Strings cleaned; lists and maps (options) copied with their strings cleaned. */
    private Object cleaned(Supplier<String> name, Object value) {
      return switch (value) {
        case String s -> {
          if (EucKrReplacements.scan(s).isEmpty()) {
            yield s; // most values: no name built, nothing copied (issue 19)
          }
          StringBuilder out = new StringBuilder(s.length());
          Changed c = clean(name.get(), s, out);
          if (c == null) {
            yield s;
          }
          changed.add(c);
          yield out.toString();
        }
        case List<?> list -> {
          List<Object> copy = new ArrayList<>(list.size());
          for (int i = 0; i < list.size(); i++) {
            int index = i;
            copy.add(cleaned(() -> name.get() + "[" + index + "]", list.get(i)));
          }
          yield copy;
        }
        case Map<?, ?> map -> {
          Map<Object, Object> copy = new LinkedHashMap<>();
          map.forEach((k, v) -> copy.put(k, cleaned(() -> name.get() + "." + k, v)));
          yield copy;
        }
        case null -> null;
        default -> value;
      };
    }
  }
}
