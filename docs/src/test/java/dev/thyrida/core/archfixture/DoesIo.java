package dev.thyrida.core.archfixture;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Path;

/** Does I/O and reads the environment in every way the purity rule bans; used only to prove that the rule catches each. */
@SuppressWarnings("unused")
final class DoesIo {

  private DoesIo() {}

  static Object file() { return new File("x"); }

  static Object fileInputStream() throws IOException { return new FileInputStream("x"); }

  static Object fileOutputStream() throws IOException { return new FileOutputStream("x"); }

  static Object fileReader() throws IOException { return new FileReader("x"); }

  static Object fileWriter() throws IOException { return new FileWriter("x"); }

  static Object randomAccessFile() throws IOException { return new RandomAccessFile("x", "r"); }

  static Object path() { return Path.of("x"); }

  static Object uri() { return URI.create("x:y"); }

  static Object processBuilder() { return new ProcessBuilder("x"); }

  static Object runtime() { return Runtime.getRuntime(); }

  static Object systemIn() { return System.in; }

  static Object getenv() { return System.getenv("X"); }

  static Object getProperty() { return System.getProperty("x"); }
}
