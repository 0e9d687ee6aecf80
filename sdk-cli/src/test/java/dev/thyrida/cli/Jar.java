package dev.thyrida.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code sdk-cli/target/thyrida.jar} run as a real process (after {@code package}; a test is skipped
 * when the jar is absent, e.g. in an IDE), with JVM options, locale variables and standard input.
 */
final class Jar {

  static final Path JAR = Path.of("target", "thyrida.jar");

  /**
   * A thread per stream: the common fork-join pool has one worker on 2 cores, and on JDK 25
   * {@code CompletableFuture} queues a second blocking task behind the first there, so a process's
   * stdout reader starved its stdin writer and a test hung.
   */
  private static final ExecutorService STREAMS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "jar-stream");
    thread.setDaemon(true);
    return thread;
  });

  private Jar() {}

  /** The command line of a run: this JDK's java, the JVM options, the jar, the arguments. */
  static List<String> command(List<String> jvm, String... args) {
    assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by package");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** One run with these locale variables ({@code LANG}, …) set and the others removed. */
  static Run run(List<String> jvm, Map<String, String> locale, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(jvm, args));
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    builder.environment().putAll(locale);
    Process process = builder.start();
    CompletableFuture<byte[]> out = async(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err = async(() -> readAll(process.getErrorStream()));
    try (var in = process.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // the command stopped reading early (an input error): what it wrote says why
    }
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process ends");
    return new Run(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  /** Runs a blocking task on its own thread, never the common pool's. */
  static <T> CompletableFuture<T> async(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, STREAMS);
  }

  static byte[] readAll(InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
