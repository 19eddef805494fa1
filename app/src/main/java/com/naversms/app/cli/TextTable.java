package com.naversms.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns. Hangul and other wide characters take two terminal
 * columns, so widths are counted in display columns, not chars. {@link #line} prints one row
 * against widths known in advance, for rows printed as they come (the demo's timeline).
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  boolean isEmpty() {
    return rows.size() == 1;
  }

  String render() {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(line(widths, row)).append('\n');
    }
    return out.toString();
  }

  /**
   * One row: each cell but the last padded to its column's width (display columns) and two spaces;
   * a cell wider than its column pushes the rest of that row right. No trailing blanks.
   */
  public static String line(int[] widths, String... cells) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(cells[c]);
      if (c < cells.length - 1) {
        line.append(" ".repeat(Math.max(0, widths[c] - width(cells[c])) + 2));
      }
    }
    return line.toString().stripTrailing();
  }

  /** The terminal columns {@code s} takes: two for each wide character, one for the others. */
  public static int width(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
