package dev.thyrida.testkit.credential;

import static dev.thyrida.policy.credential.CredentialCode.USERNAME_GREEK_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_ILLEGAL_CHARACTER;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_REQUIRED;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_SAME_AS_TAXISNET;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_TOO_LONG;
import static dev.thyrida.policy.credential.CredentialCode.USERNAME_TOO_SHORT;
import static dev.thyrida.testkit.credential.CredentialInput.username;

import java.util.List;

/** The username rows of the catalogue, under the default profile (K4: 8 to 64 code points, [A-Za-z0-9_]). */
final class UsernameCatalogue {

  static final List<TrickyCredential> ROWS = rows();

  private UsernameCatalogue() {}

  private static List<TrickyCredential> rows() {
    Rows rows = new Rows()
        .add("Latin letters, digits and underscore", username("kep_user1"))
        .add("null", username(null), USERNAME_REQUIRED)
        .add("empty", username(""), USERNAME_REQUIRED)
        .add("digits only (K4: letters are allowed, not required)", username("12345678"))
        .add("underscores only", username("________"))
        .add("7 code points", username("kepuser"), USERNAME_TOO_SHORT)
        .add("8 code points", username("kepuser1"))
        .add("64 code points", username("k".repeat(64)))
        .add("65 code points", username("k".repeat(65)), USERNAME_TOO_LONG)
        .add("Greek capital alpha U+0391 for A", username("\u0391DMIN_kep"), USERNAME_GREEK_CHARACTER)
        .add("Greek capital omicron U+039F for O", username("kep\u039Fffice"), USERNAME_GREEK_CHARACTER)
        .add("Greek capital rho U+03A1 for P", username("\u03A1ortal_01"), USERNAME_GREEK_CHARACTER)
        .add("Greek capital epsilon U+0395 for E", username("kep\u0395ditor"), USERNAME_GREEK_CHARACTER)
        .add("Greek capital omega U+03A9", username("kep\u03A9user"), USERNAME_GREEK_CHARACTER)
        .add("Greek Extended U+1F00", username("kep\u1F00user"), USERNAME_GREEK_CHARACTER)
        .add("Greek small alpha with tonos U+03AC", username("kep\u03ACuser"), USERNAME_GREEK_CHARACTER)
        .add("Greek question mark U+037E (looks like ;)", username("kep\u037Euser"), USERNAME_GREEK_CHARACTER)
        .add("combining acute U+0301 after a Latin e (no normalisation)", username("kepe\u0301user"),
            USERNAME_ILLEGAL_CHARACTER)
        .add("Kelvin sign U+212A for K", username("\u212Aep_user"), USERNAME_ILLEGAL_CHARACTER)
        .add("all Greek, 5 code points", username("\u03BA\u03B5\u03C0\u03B1\u03B1"),
            USERNAME_TOO_SHORT, USERNAME_GREEK_CHARACTER)
        .add("Cyrillic capital a U+0410 for A", username("\u0410DMIN_kep"), USERNAME_ILLEGAL_CHARACTER)
        .add("Cyrillic capital o U+041E for O", username("kep\u041Effice"), USERNAME_ILLEGAL_CHARACTER)
        .add("Cyrillic capital er U+0420 for P", username("\u0420ortal_01"), USERNAME_ILLEGAL_CHARACTER)
        .add("Greek and Cyrillic alpha side by side", username("kep\u0391\u0410_user"),
            USERNAME_GREEK_CHARACTER, USERNAME_ILLEGAL_CHARACTER)
        .add("full-width Latin U+FF4B..", username("\uFF4B\uFF45\uFF50\uFF55\uFF53\uFF45\uFF52\uFF11"),
            USERNAME_ILLEGAL_CHARACTER)
        .add("micro sign U+00B5", username("kep\u00B5user"), USERNAME_ILLEGAL_CHARACTER)
        .add("ohm sign U+2126 (not in the Greek blocks)", username("kep\u2126user"), USERNAME_ILLEGAL_CHARACTER)
        .add("zero-width space U+200B", username("kep\u200Buser1"), USERNAME_ILLEGAL_CHARACTER)
        .add("zero-width joiner U+200D", username("kep\u200Duser1"), USERNAME_ILLEGAL_CHARACTER)
        .add("byte order mark U+FEFF first", username("\uFEFFkep_user"), USERNAME_ILLEGAL_CHARACTER)
        .add("no-break space U+00A0", username("kep\u00A0user1"), USERNAME_ILLEGAL_CHARACTER)
        .add("7 code points and a zero-width space: 8 code points", username("kepuser\u200B"),
            USERNAME_ILLEGAL_CHARACTER)
        .add("emoji (two UTF-16 units) making 8 code points", username("kepuser\uD83D\uDE00"),
            USERNAME_ILLEGAL_CHARACTER)
        .add("emoji making 8 UTF-16 units but 7 code points", username("kepuse\uD83D\uDE00"),
            USERNAME_TOO_SHORT, USERNAME_ILLEGAL_CHARACTER)
        .add("lone high surrogate U+D800 last", username("kep_user\uD800"), USERNAME_ILLEGAL_CHARACTER)
        .add("lone low surrogate U+DC00 first", username("\uDC00kep_user"), USERNAME_ILLEGAL_CHARACTER)
        .add("leading space", username(" kep_user"), USERNAME_ILLEGAL_CHARACTER)
        .add("trailing space", username("kep_user "), USERNAME_ILLEGAL_CHARACTER)
        .add("tab inside", username("kep\tuser1"), USERNAME_ILLEGAL_CHARACTER)
        .add("same as the TAXISnet user id, other case", username("user068933130", "User068933130"),
            USERNAME_SAME_AS_TAXISNET)
        .add("differs from the TAXISnet user id", username("kep_user1", "User068933130"));
    return rows.punctuation("_", mark -> username("kep" + mark + "user1"), USERNAME_ILLEGAL_CHARACTER).list();
  }
}
