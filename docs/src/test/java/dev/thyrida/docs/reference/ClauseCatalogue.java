package dev.thyrida.docs.reference;

import dev.thyrida.core.clause.Clause;
import dev.thyrida.core.clause.ClauseKind;
import dev.thyrida.core.clause.ClauseText;
import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.audit.FindingCode;
import dev.thyrida.policy.codes.Codes;
import dev.thyrida.policy.decide.Rule;
import dev.thyrida.policy.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clause catalogue (κατάλογος ρητρών), docs/clauses.md: for every clause of the register, its
 * words (from {@link Clause#text()}), the rules and codes that enforce it (from {@link Rule#codes()}
 * and the codes' clauses), the audit findings that report it, and the tests whose display names
 * cite it.
 */
final class ClauseCatalogue {

  /**
   * The clauses a seed states as a permission or a display rather than a prohibition: no code can
   * cite them, so the part of the product that honours them is named here, by its class.
   */
  static final Map<Clause, Honour> WITHOUT_CODES = Map.of(
      Clause.C8, new Honour("dev.thyrida.policy.access.SignedIn",
          "accepts a personal TAXISnet login in the familiarisation phase (`Phase.FAMILIARISATION`)"),
      Clause.K7, new Honour("dev.thyrida.policy.credential.strength.PasswordStrength",
          "estimates the strength the form shows; it never makes a password invalid (ADR 0025)"));

  /** The class that honours a clause without a code, and how. */
  record Honour(String type, String how) {}

  private final Map<Clause, List<String>> rules = new EnumMap<>(Clause.class);
  private final Map<Clause, List<ViolationCode>> codes = new EnumMap<>(Clause.class);
  private final Map<Clause, List<FindingCode>> findings = new EnumMap<>(Clause.class);
  private final Map<Clause, Map<String, List<String>>> tests = new EnumMap<>(Clause.class);
  private final List<String> rulesCitingNothing = new ArrayList<>();

  ClauseCatalogue(List<TestName> names) {
    for (Clause clause : Clause.values()) {
      rules.put(clause, new ArrayList<>());
      codes.put(clause, new ArrayList<>());
      findings.put(clause, new ArrayList<>());
      tests.put(clause, new TreeMap<>());
    }
    readCodes();
    readRules();
    for (TestName name : names) {
      for (Clause clause : name.clauses()) {
        tests.get(clause).computeIfAbsent(name.file(), file -> new ArrayList<>()).add(name.text());
      }
    }
  }

  private void readCodes() {
    for (ViolationCode code : Codes.all()) {
      if (code instanceof FindingCode) {
        findings.get(code.clause()).add((FindingCode) code);
      } else {
        codes.get(code.clause()).add(code);
      }
    }
  }

  private void readRules() {
    Map<String, List<ViolationCode>> byName = new LinkedHashMap<>();
    Stream.of(Rulebook.families()).flatMap(family -> family.handlings().stream())
        .flatMap(handling -> handling.rules().stream())
        .forEach(rule -> byName.merge(baseName(rule), List.copyOf(rule.codes()), ClauseCatalogue::union));
    byName.forEach((name, declared) -> {
      if (declared.isEmpty()) {
        rulesCitingNothing.add(name);
      }
      declared.stream().map(ViolationCode::clause).distinct().forEach(clause -> rules.get(clause).add(
          "`" + name + "` (" + declared.stream().filter(code -> code.clause() == clause)
              .map(code -> "`" + code.name() + "`").collect(Collectors.joining(", ")) + ")"));
    });
  }

  private static List<ViolationCode> union(List<ViolationCode> one, List<ViolationCode> other) {
    List<ViolationCode> all = new ArrayList<>(one);
    other.stream().filter(code -> !all.contains(code)).forEach(all::add);
    return all;
  }

  /** A rule's name without the action an access rule is bound to: {@code RoleOnPlace[HAND_OVER]} is {@code RoleOnPlace}. */
  private static String baseName(Rule<?> rule) {
    int bracket = rule.name().indexOf('[');
    return bracket < 0 ? rule.name() : rule.name().substring(0, bracket);
  }

  /** The clauses the catalogue lists: the seeds' always; a decision or fact when anything cites it. */
  List<Clause> listed() {
    return Stream.of(Clause.values()).filter(clause -> isSeed(clause) || !rules.get(clause).isEmpty()
        || !codes.get(clause).isEmpty() || !findings.get(clause).isEmpty() || !tests.get(clause).isEmpty())
        .collect(Collectors.toList());
  }

  static boolean isSeed(Clause clause) {
    ClauseKind kind = clause.text().kind();
    return kind == ClauseKind.LAW || kind == ClauseKind.CIRCULAR || kind == ClauseKind.GUIDE;
  }

  /** Seed clauses that nothing enforces: no rule, no code, no finding and no named class. */
  List<Clause> unenforcedSeeds() {
    return Stream.of(Clause.values()).filter(ClauseCatalogue::isSeed)
        .filter(clause -> rules.get(clause).isEmpty() && findings.get(clause).isEmpty()
            && !WITHOUT_CODES.containsKey(clause))
        .collect(Collectors.toList());
  }

  /** Seed clauses that no test's display name cites. */
  List<Clause> untestedSeeds() {
    return Stream.of(Clause.values()).filter(ClauseCatalogue::isSeed).filter(clause -> tests.get(clause).isEmpty())
        .collect(Collectors.toList());
  }

  /** The rules of the standard rulebook that declare no code, so cite no clause. */
  List<String> rulesCitingNothing() {
    return rulesCitingNothing;
  }

  String render() {
    StringBuilder page = new StringBuilder();
    page.append("# Clauses: the law traced to the code\n\n")
        .append("Generated by `ClauseCatalogueTest` from the clause register in the jar (`Clause.text()`), the rules'\n")
        .append("declared codes (`Rule.codes()`, each code citing one clause), the audit's finding codes and the\n")
        .append("display names of the tests, which begin with the clauses they prove. The test fails when this page\n")
        .append("is stale, when a clause of the sources has no rule or no test, or when a rule cites no clause;\n")
        .append("regenerate it with `mvn -B -pl docs -am verify -Dthyrida.docs.regenerate=true`. Codes and their\n")
        .append("messages are in [codes.md](codes.md); the rules of each command, in order, in\n")
        .append("[governance.md](governance.md) and [access.md](access.md).\n\n")
        .append("| clause | kind | title | rules | codes | findings | tests |\n|---|---|---|---|---|---|---|\n");
    for (Clause clause : listed()) {
      ClauseText text = clause.text();
      page.append("| [").append(clause.id()).append("](#").append(anchor(clause)).append(") | ")
          .append(text.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(text.titleEnglish())
          .append(" | ").append(rules.get(clause).size()).append(" | ").append(codes.get(clause).size())
          .append(" | ").append(findings.get(clause).size()).append(" | ")
          .append(tests.get(clause).values().stream().mapToInt(List::size).sum()).append(" |\n");
    }
    for (Clause clause : listed()) {
      section(page, clause);
    }
    return page.toString();
  }

  private void section(StringBuilder page, Clause clause) {
    ClauseText text = clause.text();
    page.append("\n## ").append(clause.id()).append(": ").append(text.titleEnglish()).append(" (")
        .append(text.titleGreek()).append(")\n\n")
        .append(isSeed(clause) ? "> " : "Our wording: ").append(text.greek()).append("\n\n")
        .append("*English:* ").append(text.english()).append("\n\n")
        .append("- Source: ").append(text.source().titleEnglish()).append("\n");
    list(page, "Rules", rules.get(clause));
    list(page, "Violation codes", codes.get(clause).stream().map(code -> "`" + code.name() + "`")
        .collect(Collectors.toList()));
    list(page, "Audit findings", findings.get(clause).stream().map(code -> "`" + code.name() + "`")
        .collect(Collectors.toList()));
    if (WITHOUT_CODES.containsKey(clause)) {
      Honour honour = WITHOUT_CODES.get(clause);
      page.append("- Honoured without a code: `").append(honour.type().substring(honour.type().lastIndexOf('.') + 1))
          .append("` ").append(honour.how()).append("\n");
    }
    Map<String, List<String>> proving = tests.get(clause);
    if (proving.isEmpty()) {
      page.append("- Tests: none\n");
    } else {
      page.append("- Tests:\n");
      proving.forEach((file, names) -> {
        page.append("  - [").append(file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length()))
            .append("](").append("../").append(file).append(")\n");
        names.forEach(name -> page.append("    - ").append(name.replace("\n", " ")).append("\n"));
      });
    }
  }

  private static void list(StringBuilder page, String label, List<String> items) {
    page.append("- ").append(label).append(": ").append(items.isEmpty() ? "none" : String.join(", ", items))
        .append("\n");
  }

  private static String anchor(Clause clause) {
    String title = clause.id() + ": " + clause.text().titleEnglish() + " (" + clause.text().titleGreek() + ")";
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }
}
