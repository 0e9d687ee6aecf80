package dev.thyrida.docs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BOM names every published module at the build's version, and every published POM carries its metadata. */
@DisplayName("Published POMs: the BOM in step with the build; licence, SCM and developers present")
class PublishedPomsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(thyrida-[a-z-]+)</artifactId>");

  private static String pom(String module) throws IOException {
    return Files.readString(ROOT.resolve(module).resolve("pom.xml"));
  }

  /** The modules of the reactor that are deployed: those not marked maven.deploy.skip, the BOM aside. */
  private static List<String> published() throws IOException {
    List<String> modules = new ArrayList<>();
    Matcher module = MODULE.matcher(pom("."));
    while (module.find()) {
      String pom = pom(module.group(1));
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>") && !module.group(1).equals("bom")) {
        modules.add(module.group(1));
      }
    }
    return modules;
  }

  private static String artifactOf(String pom) {
    Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
    return artifact.find() ? artifact.group(1) : "";
  }

  @Test
  @DisplayName("The BOM manages exactly the published modules, at the parent's version")
  void bomInStep() throws IOException {
    String bom = pom("bom");
    TreeSet<String> expected = new TreeSet<>();
    for (String module : published()) {
      expected.add(artifactOf(pom(module)));
    }
    TreeSet<String> managed = new TreeSet<>();
    Matcher artifact = ARTIFACT.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (artifact.find()) {
      managed.add(artifact.group(1));
    }
    assertEquals(expected, managed);
    String version = versionOf(pom("."));
    assertEquals(version, versionOf(bom));
    assertFalse(bom.contains("<parent>"), "the BOM has no parent, so it imports no third-party versions");
    Matcher versions = Pattern.compile("<version>([^<]+)</version>").matcher(bom);
    while (versions.find()) {
      if (!versions.group(1).matches("\\d+\\.\\d+\\.\\d+")) {
        assertEquals(version, versions.group(1));
      }
    }
  }

  @Test
  @DisplayName("Every published POM has a name and description; the parent and the BOM carry licence, SCM and developers")
  void metadata() throws IOException {
    for (String pom : List.of(pom("."), pom("bom"))) {
      for (String element : List.of("<licenses>", "<scm>", "<developers>", "<url>", "<description>")) {
        assertFalse(!pom.contains(element), element);
      }
    }
    for (String module : published()) {
      assertFalse(!pom(module).contains("<description>") || !pom(module).contains("<name>"), module);
    }
  }

  private static String versionOf(String pom) {
    Matcher version = Pattern.compile("<artifactId>thyrida-(?:parent|bom)</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(pom);
    return version.find() ? version.group(1) : "";
  }
}
