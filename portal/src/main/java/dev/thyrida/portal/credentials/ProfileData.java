package dev.thyrida.portal.credentials;

import dev.thyrida.policy.credential.CharacterClass;
import dev.thyrida.policy.credential.CredentialProfile;
import dev.thyrida.policy.credential.PasswordAlphabet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credential profile as data for the page's own checks (K4, K5, D1–D3): the page applies it in
 * JavaScript while the person types; the server still decides. A browser test runs the testkit's
 * tricky inputs through both and requires the same codes.
 */
public final class ProfileData {

  /** D3's Greek blocks, as the SDK judges them: Greek and Coptic, Greek Extended. */
  static final List<int[]> GREEK_BLOCKS = List.of(new int[] {0x0370, 0x03FF}, new int[] {0x1F00, 0x1FFF});

  /** D1's lenient alphabet admits these besides the classes: printable ASCII. */
  static final int[] LENIENT_OTHERS = {0x20, 0x7E};

  private ProfileData() {}

  /**
   * The profile as a JSON-ready map.
   *
   * @param profile the profile the rules decide by
   * @return its data
   */
  public static Map<String, Object> of(CredentialProfile profile) {
    Map<String, Object> username = new LinkedHashMap<>();
    username.put("min", profile.usernameMinLength());
    username.put("max", profile.usernameMaxLength());
    username.put("symbols", profile.usernameSymbols());
    Map<String, Object> password = new LinkedHashMap<>();
    password.put("min", profile.passwordMinLength());
    password.put("max", profile.passwordMaxLength());
    password.put("specials", profile.passwordSpecials());
    password.put("required", profile.requiredClasses().stream().map(CharacterClass::name).sorted().toList());
    password.put("others", profile.passwordAlphabet() == PasswordAlphabet.LENIENT ? List.of(LENIENT_OTHERS) : List.of());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", profile.name());
    data.put("username", username);
    data.put("password", password);
    data.put("greek", GREEK_BLOCKS);
    return data;
  }
}
