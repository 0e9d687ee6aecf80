package dev.thyrida.testkit.credential;

import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_CONFIRMATION_MISMATCH;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_GREEK_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_ILLEGAL_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_DIGIT;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_LOWERCASE;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_SPECIAL;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_NO_UPPERCASE;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_REQUIRED;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_TOO_LONG;
import static dev.thyrida.policy.credential.CredentialCode.PASSWORD_TOO_SHORT;
import static dev.thyrida.testkit.credential.CredentialInput.password;

import java.util.List;

/**
 * The password rows of the catalogue, under the default profile (K5: 8 to 128 code points, upper,
 * lower, digit and one of {@code ! @ # $ ^ & - _ .}; D1 strict: nothing else).
 */
final class PasswordCatalogue {

  private static final String SPECIALS = "!@#$^&-_.";

  static final List<TrickyCredential> ROWS = rows();

  private PasswordCatalogue() {}

  private static List<TrickyCredential> rows() {
    Rows rows = new Rows()
        .add("every class, 9 code points", password("Kep!2024x"))
        .add("null", password(null), PASSWORD_REQUIRED)
        .add("empty", password(""), PASSWORD_REQUIRED)
        .add("empty, with a confirmation", password("", "Kep!2024"), PASSWORD_REQUIRED)
        .add("7 code points", password("Kep!202"), PASSWORD_TOO_SHORT)
        .add("8 code points", password("Kep!2024"))
        .add("128 code points", password("Kep!2024" + "x".repeat(120)))
        .add("129 code points", password("Kep!2024" + "x".repeat(121)), PASSWORD_TOO_LONG)
        .add("no upper-case letter", password("kep!2024"), PASSWORD_NO_UPPERCASE)
        .add("no lower-case letter", password("KEP!2024"), PASSWORD_NO_LOWERCASE)
        .add("no digit", password("Kep!word"), PASSWORD_NO_DIGIT)
        .add("no special", password("Kep12024"), PASSWORD_NO_SPECIAL)
        .add("lower-case letters only", password("kepworld"), PASSWORD_NO_UPPERCASE, PASSWORD_NO_DIGIT,
            PASSWORD_NO_SPECIAL)
        .add("Greek capital alpha U+0391 as the only capital", password("\u0391ep!2024"),
            PASSWORD_NO_UPPERCASE, PASSWORD_GREEK_CHARACTER)
        .add("Greek capital omicron U+039F beside a Latin capital", password("Kep!2\u039F24"), PASSWORD_GREEK_CHARACTER)
        .add("Greek capital rho U+03A1 as the only capital", password("\u03A1ass!word1"),
            PASSWORD_NO_UPPERCASE, PASSWORD_GREEK_CHARACTER)
        .add("Greek capital epsilon U+0395 beside a Latin capital", password("K\u0395p!2024"), PASSWORD_GREEK_CHARACTER)
        .add("Cyrillic capital a U+0410 as the only capital", password("\u0410dmin!2024"),
            PASSWORD_NO_UPPERCASE, PASSWORD_ILLEGAL_CHARACTER)
        .add("Cyrillic capital o U+041E beside a Latin capital", password("Kep!2\u041E24"), PASSWORD_ILLEGAL_CHARACTER)
        .add("Cyrillic capital er U+0420 beside a Latin capital", password("K\u0420ep!2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("full-width capital K U+FF2B as the only capital", password("\uFF2Bep!2024"),
            PASSWORD_NO_UPPERCASE, PASSWORD_ILLEGAL_CHARACTER)
        .add("full-width exclamation U+FF01 as the only special", password("Kep\uFF012024"),
            PASSWORD_NO_SPECIAL, PASSWORD_ILLEGAL_CHARACTER)
        .add("micro sign U+00B5", password("Kep!2024\u00B5"), PASSWORD_ILLEGAL_CHARACTER)
        .add("Greek question mark U+037E as the only special (looks like ;)", password("Kep\u037E2024"),
            PASSWORD_NO_SPECIAL, PASSWORD_GREEK_CHARACTER)
        .add("Kelvin sign U+212A as the only capital", password("\u212Aep!2024"),
            PASSWORD_NO_UPPERCASE, PASSWORD_ILLEGAL_CHARACTER)
        .add("ohm sign U+2126 (not in the Greek blocks)", password("Kep!2024\u2126"), PASSWORD_ILLEGAL_CHARACTER)
        .add("zero-width space U+200B", password("Kep!\u200B2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("zero-width joiner U+200D", password("Kep!\u200D2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("byte order mark U+FEFF first", password("\uFEFFKep!2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("no-break space U+00A0", password("Kep!\u00A02024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("7 code points and a zero-width space: 8 code points", password("Kep!202\u200B"),
            PASSWORD_ILLEGAL_CHARACTER)
        .add("emoji (two UTF-16 units) making 8 code points", password("Kep!202\uD83D\uDE00"),
            PASSWORD_ILLEGAL_CHARACTER)
        .add("emoji making 8 UTF-16 units but 7 code points", password("Kep!20\uD83D\uDE00"),
            PASSWORD_TOO_SHORT, PASSWORD_ILLEGAL_CHARACTER)
        .add("lone high surrogate U+D800 last", password("Kep!2024\uD800"), PASSWORD_ILLEGAL_CHARACTER)
        .add("lone low surrogate U+DC00 first", password("\uDC00Kep!2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("leading space", password(" Kep!2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("trailing space", password("Kep!2024 "), PASSWORD_ILLEGAL_CHARACTER)
        .add("tab inside", password("Kep!\t2024"), PASSWORD_ILLEGAL_CHARACTER)
        .add("confirmation equal", password("Kep!2024", "Kep!2024"))
        .add("confirmation differs in one digit", password("Kep!2024", "Kep!2025"), PASSWORD_CONFIRMATION_MISMATCH)
        .add("confirmation differs in case only", password("Kep!2024", "kep!2024"), PASSWORD_CONFIRMATION_MISMATCH)
        .add("confirmation with a trailing space", password("Kep!2024", "Kep!2024 "), PASSWORD_CONFIRMATION_MISMATCH)
        .add("short password, equal confirmation", password("Kep!1", "Kep!1"), PASSWORD_TOO_SHORT)
        .add("short password, differing confirmation", password("Kep!1", "Kep!2"),
            PASSWORD_TOO_SHORT, PASSWORD_CONFIRMATION_MISMATCH);
    return rows.punctuation(SPECIALS, mark -> password("Kep2024x" + mark), PASSWORD_NO_SPECIAL,
        PASSWORD_ILLEGAL_CHARACTER).list();
  }
}
