package dev.thyrida.docs.reference;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.audit.FindingCode;
import dev.thyrida.policy.codes.Codes;
import dev.thyrida.policy.explain.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders docs/codes.md from the codes themselves: {@link Codes}, their clauses, parameters and bundles. */
final class CodeReference {

  private static final Locale GREEK = Locale.forLanguageTag("el");

  private CodeReference() {}

  static String render() {
    StringBuilder page = new StringBuilder();
    page.append("# Codes: every violation and finding code\n\n")
        .append("Generated from `dev.thyrida.policy.codes.Codes` (the code enums, their clauses, parameters and\n")
        .append("message bundles) by `CodeReferenceTest`, which fails when this page is stale; regenerate it with\n")
        .append("`mvn -B -pl docs -am verify -Dthyrida.docs.regenerate=true`. Every name is unique across the SDK\n")
        .append("and cites one clause (ADR 0098); integrators match on the name. A message variant `CODE.p` is the\n")
        .append("wording used when the violation carries the parameter `p`.\n");
    for (Class<? extends ViolationCode> type : Codes.enums()) {
      page.append("\n## `").append(type.getSimpleName()).append("` (`").append(type.getPackageName()).append("`)\n\n");
      boolean findings = type == FindingCode.class;
      page.append(findings ? "| code | clause | severity | parameters | English | Ελληνικά |\n|---|---|---|---|---|---|\n"
          : "| code | clause | parameters | English | Ελληνικά |\n|---|---|---|---|---|\n");
      for (ViolationCode code : type.getEnumConstants()) {
        for (String key : keys(type, code)) {
          page.append("| `").append(key).append("` | ").append(code.clause().id()).append(" | ");
          if (findings) {
            page.append(((FindingCode) code).severity()).append(" | ");
          }
          page.append(code.parameters().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
              .append(" | ").append(cell(Messages.template(type, key, Locale.ENGLISH)))
              .append(" | ").append(cell(Messages.template(type, key, GREEK))).append(" |\n");
        }
      }
    }
    return page.toString();
  }

  /** The code's own key, then its variant keys in parameter order. */
  private static List<String> keys(Class<?> type, ViolationCode code) {
    List<String> keys = new ArrayList<>(List.of(code.name()));
    List<String> present = Collections.list(Messages.bundle(type, Locale.ENGLISH).getKeys());
    for (String name : code.parameters()) {
      if (present.contains(code.name() + "." + name)) {
        keys.add(code.name() + "." + name);
      }
    }
    if (code.parameters().isEmpty() || keys.size() == 1) {
      present.stream().filter(key -> key.startsWith(code.name() + ".")).sorted().filter(key -> !keys.contains(key))
          .forEach(keys::add);
    }
    return keys;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
