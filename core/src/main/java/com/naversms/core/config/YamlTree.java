package com.naversms.core.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML text into {@link YamlNode}s with lines and paths (SnakeYAML's composed node tree, no
 * object binding). Syntax errors and duplicate keys are reported, not thrown.
 */
final class YamlTree {
  /** Deepest nesting of mappings and lists (the deepest real config nests about 12). */
  static final int MAX_DEPTH = 50;

  /** Most nodes one file may expand to, aliases counted each time they are used. */
  static final int MAX_NODES = 100_000;

  /** Most aliases to a mapping or list (each can multiply the tree: an alias bomb). */
  static final int MAX_COLLECTION_ALIASES = 50;

  private final Problems problems;
  private int nodes;
  private boolean overBudget;

  private YamlTree(Problems problems) {
    this.problems = problems;
  }

  /** The root node, or empty when the text is empty or not valid YAML (reported). */
  static Optional<YamlNode> parse(String text, Problems problems) {
    Node root;
    try {
      root = new Yaml(loaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      problems.add("", line, "YAML syntax error: " + what);
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add("", 0, "YAML syntax error: " + e.getMessage());
      return Optional.empty();
    }
    if (root == null) {
      return Optional.empty();
    }
    YamlTree tree = new YamlTree(problems);
    YamlNode converted = tree.convert(root, "", 0);
    return tree.overBudget ? Optional.empty() : Optional.of(converted);
  }

  /**
   * SnakeYAML's own limits (input size, aliases, nesting), so a hostile file fails fast instead of
   * exhausting memory or time; {@link #convert} adds a node count for what aliases expand to.
   */
  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    o.setCodePointLimit((int) ConfigLoader.MAX_FILE_BYTES);
    o.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  private YamlNode convert(Node node, String path, int depth) {
    int line = node.getStartMark().getLine() + 1;
    if (overBudget || ++nodes > MAX_NODES || depth > MAX_DEPTH) {
      if (!overBudget) {
        overBudget = true;
        problems.add(
            "",
            line,
            depth > MAX_DEPTH
                ? "nested deeper than " + MAX_DEPTH + " levels (a recursive alias?)"
                : String.format(
                    "more than %,d values once aliases are expanded (an alias bomb?)", MAX_NODES));
      }
      return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, false, line, path);
    }
    return switch (node) {
      case MappingNode m -> mapping(m, path, line, depth);
      case SequenceNode s -> {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : s.getValue()) {
          items.add(convert(item, path + "[" + items.size() + "]", depth + 1));
        }
        yield new YamlNode.Sequence(items, line, path);
      }
      case ScalarNode s ->
          new YamlNode.Scalar(
              s.getValue(), kind(s), s.getScalarStyle() == ScalarStyle.LITERAL, line, path);
      default -> new YamlNode.Scalar("", YamlNode.Scalar.Kind.OTHER, false, line, path);
    };
  }

  private YamlNode mapping(MappingNode m, String path, int line, int depth) {
    Map<String, YamlNode> values = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      int keyLine = t.getKeyNode().getStartMark().getLine() + 1;
      if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(path, keyLine, "a key must be a plain value, not a list or mapping");
        continue;
      }
      String key = keyNode.getValue();
      String childPath = YamlNode.child(path, key);
      if (keyLines.containsKey(key)) {
        problems.add(
            childPath,
            keyLine,
            "duplicate key \"" + key + "\" (first at line " + keyLines.get(key) + ")");
        continue;
      }
      keyLines.put(key, keyLine);
      values.put(key, convert(t.getValueNode(), childPath, depth + 1));
    }
    return new YamlNode.Mapping(values, keyLines, line, path);
  }

  private static YamlNode.Scalar.Kind kind(ScalarNode s) {
    Tag tag = s.getTag();
    if (Tag.STR.equals(tag) || Tag.TIMESTAMP.equals(tag)) {
      return YamlNode.Scalar.Kind.STRING;
    }
    if (Tag.INT.equals(tag)) {
      return YamlNode.Scalar.Kind.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return YamlNode.Scalar.Kind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return YamlNode.Scalar.Kind.BOOL;
    }
    return Tag.NULL.equals(tag) ? YamlNode.Scalar.Kind.NULL : YamlNode.Scalar.Kind.OTHER;
  }
}
