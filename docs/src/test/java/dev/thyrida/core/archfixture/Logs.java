package dev.thyrida.core.archfixture;

import java.util.logging.Logger;

/** Logs in every way the purity rule bans; used only to prove that the rule catches each. */
@SuppressWarnings("unused")
final class Logs {

  private Logs() {}

  static Object julLogger() { return Logger.getLogger("x"); }

  static Object systemLogger() { return System.getLogger("x"); }

  static void systemLoggerLog(System.Logger logger) { logger.log(System.Logger.Level.INFO, "x"); }

  static void systemOut() { System.out.println("x"); }

  static void systemErr() { System.err.println("x"); }
}
