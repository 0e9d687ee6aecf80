package dev.thyrida.policy.credential;

/**
 * A class of characters a password must contain (κατηγορία χαρακτήρων, K5). Only ASCII letters and
 * digits and the profile's specials count towards a class.
 */
public enum CharacterClass {
  /** An upper-case Latin letter {@code A–Z}. */
  UPPERCASE,
  /** A lower-case Latin letter {@code a–z}. */
  LOWERCASE,
  /** A digit {@code 0–9}. */
  DIGIT,
  /** One of the profile's special characters (K5: {@code ! @ # $ ^ & - _ .}). */
  SPECIAL
}
