package dev.thyrida.core.archfixture;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Uses randomness in every way the purity rule bans; used only to prove that the rule catches each. */
@SuppressWarnings("unused")
final class UsesRandomness {

  private UsesRandomness() {}

  static Object randomUuid() { return UUID.randomUUID(); }

  static double mathRandom() { return Math.random(); }

  static double strictMathRandom() { return StrictMath.random(); }

  static void shuffle() { Collections.shuffle(new ArrayList<>()); }

  static Object random() { return new Random(1); }

  static Object secureRandom() { return new SecureRandom(); }

  static int threadLocalRandom() { return ThreadLocalRandom.current().nextInt(); }
}
