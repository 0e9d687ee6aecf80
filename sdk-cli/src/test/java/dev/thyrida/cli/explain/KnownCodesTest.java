package dev.thyrida.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thyrida.core.decision.ViolationCode;
import dev.thyrida.policy.access.AccessCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("explain knows every code enum of the policy module, found by scanning it")
class KnownCodesTest {

  @Test
  @DisplayName("every ViolationCode enum in thyrida-policy is one explain looks codes up in")
  void everyEnumKnown() throws Exception {
    Path policy = Path.of(AccessCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> scanned = new TreeSet<>();
    try (Stream<String> names = classNames(policy)) {
      names.map(KnownCodesTest::load).filter(type -> type.isEnum() && ViolationCode.class.isAssignableFrom(type))
          .forEach(type -> scanned.add(type.getName()));
    }
    Set<String> known = new TreeSet<>();
    for (Class<?> type : KnownCodes.types()) {
      known.add(type.getName());
    }
    assertEquals(scanned, known);
  }

  private static Stream<String> classNames(Path location) throws Exception {
    if (Files.isDirectory(location)) {
      return Files.walk(location).map(path -> location.relativize(path).toString())
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.replace('/', '.').replace(".class", ""));
    }
    JarFile jar = new JarFile(location.toFile());
    return jar.stream().map(entry -> entry.getName())
        .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF"))
        .map(name -> name.replace('/', '.').replace(".class", "")).onClose(() -> {
          try {
            jar.close();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, KnownCodesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
