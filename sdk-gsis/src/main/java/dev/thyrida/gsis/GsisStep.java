package dev.thyrida.gsis;

/** A step of the GSIS login (X6), as failures name it. */
public enum GsisStep {

  /** The browser's return from the authorization endpoint to the host's redirect URI. */
  AUTHORIZE("authorization"),

  /** The code exchange at the token endpoint. */
  TOKEN("token"),

  /** The userinfo request. */
  USERINFO("userinfo");

  private final String endpoint;

  GsisStep(String endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * The endpoint's name, as messages say it.
   *
   * @return e.g. {@code token}
   */
  public String endpoint() {
    return endpoint;
  }
}
