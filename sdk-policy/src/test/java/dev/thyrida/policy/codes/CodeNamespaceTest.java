package dev.thyrida.policy.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.access.AccessCode;
import dev.thyrida.policy.explain.BundleCheck;
import dev.thyrida.policy.explain.Messages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SDK's one namespace of codes (issue 11): every code enum of sdk-policy, found by scanning its classes. */
@DisplayName("L26-3: one code namespace: unique names, one clause each, named parameters, complete Greek and English")
class CodeNamespaceTest {

  /** Every enum of the policy module that implements ViolationCode, found on disk, not listed by hand. */
  static List<Class<?>> codeEnums() throws IOException, URISyntaxException {
    Path root = Path.of(AccessCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(path -> path.toString().endsWith(".class"))
          .map(path -> root.relativize(path).toString().replace('/', '.').replace(".class", ""))
          .filter(name -> !name.equals("module-info"))
          .map(CodeNamespaceTest::load)
          .filter(type -> type.isEnum() && ViolationCode.class.isAssignableFrom(type))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CodeNamespaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  private static List<ViolationCode> codes(Class<?> type) {
    List<ViolationCode> codes = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      codes.add((ViolationCode) constant);
    }
    return codes;
  }

  @Test
  @DisplayName("L26-3: the scan finds every code enum of the SDK's policy, and Codes lists each of them")
  void findsEveryEnum() throws Exception {
    assertEquals(List.of("AccessCode", "AccountCode", "CaseworkCode", "CredentialCode", "DecideCode", "FindingCode",
        "GovernanceCode", "HygieneCode"), codeEnums().stream().map(Class::getSimpleName).sorted().collect(Collectors.toList()));
    assertEquals(Set.copyOf(codeEnums()), Set.copyOf(Codes.enums()));
    assertEquals(Codes.enums().size(), Set.copyOf(Codes.enums()).size());
  }

  @Test
  @DisplayName("L26-3: Codes.all lists every constant of every code enum once, enum by enum in Codes.enums' order")
  void allListsEveryConstant() {
    List<ViolationCode> expected = new ArrayList<>();
    for (Class<? extends ViolationCode> type : Codes.enums()) {
      expected.addAll(List.of(type.getEnumConstants()));
    }
    assertEquals(expected, Codes.all());
    assertTrue(Codes.all().contains(AccessCode.values()[0]));
  }

  @Test
  @DisplayName("L26-3: no code name appears in two code enums, so a name identifies one rule")
  void everyNameIsUnique() throws Exception {
    Map<String, List<String>> owners = new HashMap<>();
    for (Class<?> type : codeEnums()) {
      codes(type).forEach(code -> owners.computeIfAbsent(code.name(), name -> new ArrayList<>()).add(type.getSimpleName()));
    }
    Map<String, List<String>> shared = owners.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), shared);
  }

  @Test
  @DisplayName("L26-3: each code cites one clause and names its parameters, each once")
  void eachCodeHasOneClauseAndNamedParameters() throws Exception {
    for (Class<?> type : codeEnums()) {
      for (ViolationCode code : codes(type)) {
        assertNotNull(code.clause(), code.name());
        List<String> parameters = code.parameters();
        assertEquals(new LinkedHashSet<>(parameters).size(), parameters.size(), code.name());
        parameters.forEach(name -> assertTrue(name.matches("[a-z][A-Za-z]*"), code.name() + " " + name));
      }
    }
  }

  @Test
  @DisplayName("L26-3: one name per thing: a tax id is a person, never an employee, holder or handler")
  void oneNamePerParameter() throws Exception {
    Set<String> all = new TreeSet<>();
    for (Class<?> type : codeEnums()) {
      codes(type).forEach(code -> all.addAll(code.parameters()));
    }
    assertTrue(Collections.disjoint(all, Set.of("employee", "holder", "handler", "actor", "administrator")),
        all::toString);
  }

  @Test
  @DisplayName("L26-3: every code of every enum has its Greek and English message, naming only its parameters")
  void everyMessageIsComplete() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : codeEnums()) {
      for (ViolationCode code : codes(type)) {
        BundleCheck.check(problems, type, code.name(), Set.copyOf(code.parameters()));
      }
      for (Locale locale : BundleCheck.LOCALES) {
        Set<String> names = codes(type).stream().map(ViolationCode::name).collect(Collectors.toSet());
        for (String key : Collections.list(Messages.bundle(type, locale).getKeys())) {
          String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
          if (!names.contains(code)) {
            problems.add(type.getSimpleName() + " [" + locale + "] has a message for no code: " + key);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
