package dev.thyrida.testkit.directory;

import dev.thyrida.core.staff.PostingBasis;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A seeded national-scale directory (X9: about 1,000 KEPs and 3,500 to 5,000 staff): every KEP has a
 * supervisor; the remaining staff are spread at random, most in organic positions, some transferred
 * or placed by decision (C3); most KEPs have an active mailbox whose handlers are some of their staff.
 * The same seed builds the same directory.
 */
public final class NationalDirectory {

  private NationalDirectory() {}

  /**
   * Builds one.
   *
   * @param seed the seed
   * @param kepCount how many KEPs, at least 1
   * @param staffCount how many staff in all, at least {@code kepCount} (one supervisor each)
   * @param at the instant of every event
   * @return the fixture
   */
  public static DirectoryFixture seeded(long seed, int kepCount, int staffCount, Instant at) {
    if (kepCount < 1 || staffCount < kepCount) {
      throw new IllegalArgumentException("need at least one KEP and one staff member per KEP");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] extra = new int[kepCount];
    for (int i = kepCount; i < staffCount; i++) {
      extra[random.nextInt(kepCount)]++;
    }
    DirectoryBuilder builder = DirectoryBuilder.at(at);
    for (int k = 0; k < kepCount; k++) {
      int others = extra[k];
      boolean active = random.nextInt(10) < 9;
      boolean withMailbox = random.nextInt(20) != 0;
      long kepSeed = random.nextLong();
      builder.kep(String.format("KEP-%04d", k + 1), kep -> staff(kep.supervisor(), others,
          new SplittableRandom(kepSeed), withMailbox, active));
    }
    return builder.build();
  }

  private static void staff(KepBuilder kep, int others, SplittableRandom random, boolean mailbox,
      boolean active) {
    for (int i = 0; i < others; i++) {
      int roll = random.nextInt(10);
      PostingBasis basis = roll < 7 ? PostingBasis.ORGANIC_POSITION
          : roll < 9 ? PostingBasis.TRANSFER_BY_DECISION : PostingBasis.PLACEMENT_BY_DECISION;
      if (mailbox && random.nextInt(4) != 0) {
        kep.handler(kep.freshTaxId(), basis);
      } else {
        kep.staffMember(basis);
      }
    }
    if (mailbox && active) {
      kep.activeMailbox();
    } else if (mailbox) {
      kep.inactiveMailbox();
    }
  }
}
