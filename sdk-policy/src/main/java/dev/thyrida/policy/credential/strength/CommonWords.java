package dev.thyrida.policy.credential.strength;

import java.util.List;

/**
 * Words and keyboard walks that attackers try first: the head of public leaked-password lists, Greek
 * words as typed on a Latin keyboard, and public-administration words. Matched in lower case, after
 * undoing common substitutions ({@code @→a}, {@code 0→o}, …). Ordered by how early an attacker tries
 * them: a word's rank is its cost.
 */
final class CommonWords {

  static final List<String> WORDS = List.of(
      "password", "passw0rd", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "azerty",
      "letmein", "welcome", "admin", "administrator", "login", "master", "secret", "dragon", "monkey",
      "iloveyou", "sunshine", "princess", "football", "baseball", "shadow", "superman", "batman",
      "trustno1", "whatever", "freedom", "computer", "internet", "hello", "charlie", "michael",
      "summer", "winter", "spring", "autumn", "changeme", "default", "user", "test", "guest", "root",
      "abc123", "123456", "1234567", "12345678", "123456789", "1234567890", "111111", "000000",
      "654321", "987654321", "123123", "112233",
      "agapi", "agapo", "kodikos", "kwdikos", "ellada", "hellas", "greece", "athina", "athens",
      "thessaloniki", "olympiakos", "panathinaikos", "paok", "kalimera", "kalispera", "mitsos",
      "giorgos", "maria", "nikos", "kostas", "dimitris", "eleni", "katerina", "panagiotis", "ioannis",
      "taxisnet", "govgr", "kep", "dimos", "ypourgeio", "ergazomenos", "ypallilos", "thyrida");

  private CommonWords() {}

  /** Undoes a common substitution on a lower-case character. */
  static char plain(char c) {
    switch (c) {
      case '@': case '4': return 'a';
      case '0': return 'o';
      case '1': case '!': return 'i';
      case '3': return 'e';
      case '$': case '5': return 's';
      case '7': return 't';
      default: return Character.toLowerCase(c);
    }
  }
}
