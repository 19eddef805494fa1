package com.naversms.core.config;

import com.naversms.core.booking.Stores;
import com.naversms.core.cost.CostTable;
import com.naversms.core.input.ConfigError;
import com.naversms.core.input.ConfigException;
import com.naversms.core.input.Utf8Text;
import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.core.rules.Configuration;
import com.naversms.core.rules.QuietWindow;
import com.naversms.core.rules.Rule;
import com.naversms.core.rules.SmsTemplates;
import com.naversms.core.template.Destination;
import com.naversms.core.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads and validates the config folder: {@code rules.yaml}, {@code stores.yaml}, {@code
 * sms_templates.yaml} and the optional {@code telegram_templates.yaml}, {@code
 * slack_templates.yaml}, in the legacy structure, and the optional {@code alimtalk_templates.yaml}
 * and {@code costs.yaml}. Every error of every file is collected before failing
 * (docs/configuration.md lists them).
 */
public final class ConfigLoader {
  static final String TELEGRAM_FILE = "telegram_templates.yaml";
  static final String SLACK_FILE = "slack_templates.yaml";

  /**
   * The largest config file read (1 MiB, docs/configuration.md); a larger one is refused before it
   * is parsed, so a huge file cannot hold the check for minutes.
   */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  private ConfigLoader() {}

  /** A loaded configuration and its warnings (each with file, path, line and message). */
  public record Loaded(Configuration config, List<ConfigError> warnings) {
    public Loaded {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @throws ConfigException holding every error found (file, YAML path, line, message)
   */
  public static Configuration load(Path dir) {
    return loadWithWarnings(dir).config();
  }

  /**
   * As {@link #load}, keeping the warnings: symbols EUC-KR cannot encode that the SMS templates use
   * and that are sent replaced ({@code EucKrReplacements}).
   *
   * @throws ConfigException holding every error found (file, YAML path, line, message)
   */
  public static Loaded loadWithWarnings(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(new ConfigError(dir.toString(), "", 0, "config folder not found"));
    }
    List<ConfigError> errors = new ArrayList<>();
    List<ConfigError> warnings = new ArrayList<>();
    Problems rulesP = new Problems(RulesReader.FILE, errors, warnings);
    Problems storesP = new Problems(StoresReader.FILE, errors, warnings);
    Problems smsP = new Problems(SmsTemplatesReader.FILE, errors, warnings);
    Problems telegramP = new Problems(TELEGRAM_FILE, errors, warnings);
    Problems slackP = new Problems(SLACK_FILE, errors, warnings);
    Problems alimTalkP = new Problems(AlimTalkTemplatesReader.FILE, errors, warnings);
    Problems costsP = new Problems(CostsReader.FILE, errors, warnings);

    Optional<YamlNode> rulesTree = parse(dir, rulesP, true);
    Optional<YamlNode> storesTree = parse(dir, storesP, true);
    Optional<YamlNode> smsTree = parse(dir, smsP, true);
    Optional<YamlNode> telegramTree = parse(dir, telegramP, false);
    Optional<YamlNode> slackTree = parse(dir, slackP, false);
    Optional<YamlNode> alimTalkTree = parse(dir, alimTalkP, false);
    Optional<YamlNode> costsTree = parse(dir, costsP, false);

    List<String> keywords = RulesReader.optionKeywords(rulesTree, rulesP);
    Optional<QuietWindow> quietHours = QuietHoursReader.top(rulesTree, rulesP);
    Stores stores =
        storesTree.flatMap(t -> StoresReader.read(t, storesP)).orElse(new Stores(null, List.of()));
    SmsTemplates sms =
        smsTree
            .flatMap(t -> SmsTemplatesReader.read(t, smsP, stores, keywords))
            .orElse(new SmsTemplates(Map.of(), Map.of()));
    if (smsTree.isPresent()) {
      storesTree.ifPresent(t -> StoreGuides.check(t, stores, sms, storesP));
    }
    AlimTalkTemplates alimTalk =
        alimTalkTree
            .map(t -> AlimTalkTemplatesReader.read(t, alimTalkP, stores, sms, keywords))
            .orElse(AlimTalkTemplates.none());
    CostTable costs = costsTree.map(t -> CostsReader.read(t, costsP)).orElse(CostTable.DEFAULTS);
    var telegram =
        telegramTree
            .map(t -> NamedTemplatesReader.read(t, telegramP, Destination.TELEGRAM))
            .orElse(Map.of());
    var slack =
        slackTree
            .map(t -> NamedTemplatesReader.read(t, slackP, Destination.SLACK))
            .orElse(Map.of());
    RuleRefs refs = new RuleRefs(rulesP, stores, sms, telegram, slack, keywords, true);
    List<Rule> rules = rulesTree.map(t -> RulesReader.read(t, refs)).orElse(List.of());

    if (!errors.isEmpty()) {
      throw new ConfigException(new ArrayList<>(new LinkedHashSet<>(errors)));
    }
    return new Loaded(
        new Configuration(
            rules,
            stores,
            sms,
            templates(telegram),
            templates(slack),
            keywords,
            quietHours,
            alimTalk,
            costs),
        warnings);
  }

  /**
   * Only the prices of {@code dir} ({@code costs.yaml}), for commands that need no other file
   * ({@code messages list}): the defaults when the folder or the file is absent.
   *
   * @throws ConfigException for an invalid {@code costs.yaml} (file, path, line, message)
   */
  public static CostTable costs(Path dir) {
    if (!Files.isDirectory(dir)) {
      return CostTable.DEFAULTS;
    }
    List<ConfigError> errors = new ArrayList<>();
    Problems p = new Problems(CostsReader.FILE, errors);
    CostTable costs =
        parse(dir, p, false).map(t -> CostsReader.read(t, p)).orElse(CostTable.DEFAULTS);
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }
    return costs;
  }

  private static Map<String, Template> templates(Map<String, NamedTemplatesReader.Named> named) {
    Map<String, Template> out = new LinkedHashMap<>();
    named.forEach((k, v) -> out.put(k, v.template()));
    return out;
  }

  private static Optional<YamlNode> parse(Path dir, Problems p, boolean required) {
    Path file = dir.resolve(p.file());
    if (!Files.exists(file)) {
      if (required) {
        p.add("", 0, "file not found in " + dir);
      }
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      // a FIFO or device would block the read (or never end); a folder cannot be read
      p.add("", 0, "not a regular file");
      return Optional.empty();
    }
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        p.add(
            "",
            0,
            String.format(
                "the file is %,d bytes; config files are limited to %,d bytes (1 MiB)",
                size, MAX_FILE_BYTES));
        return Optional.empty();
      }
      text = Utf8Text.decode(Files.readAllBytes(file), p.file());
    } catch (IOException e) {
      p.add("", 0, "cannot read: " + e.getMessage());
      return Optional.empty();
    } catch (ConfigException e) {
      e.errors().forEach(err -> p.add(err.path(), err.line(), err.message()));
      return Optional.empty();
    }
    int before = p.count();
    Optional<YamlNode> root = YamlTree.parse(text, p);
    if (root.isEmpty() && required && p.count() == before) {
      p.add("", 1, "the file is empty");
    }
    return p.count() == before ? root : Optional.empty();
  }
}
