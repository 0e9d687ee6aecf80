package dev.thyrida.core.principal;

/** How the host verified a person (τρόπος ταυτοποίησης, L26-3, C8, C9, K2). */
public enum Authentication {
  /** Personal TAXISnet credentials, typed only into the GSIS login (C8, K2, X6). */
  TAXISNET_PERSONAL,
  /** Public-administration service credentials (C9, K1). */
  SERVICE_CREDENTIALS
}
