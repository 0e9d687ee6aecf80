package dev.thyrida.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so {@code --version} tells what was built. */
public final class VersionProvider implements IVersionProvider {

  /** Creates the provider; picocli instantiates it. */
  public VersionProvider() {
    // stateless
  }

  @Override
  public String[] getVersion() {
    String version = Thyrida.class.getPackage().getImplementationVersion();
    return new String[] {"thyrida " + (version == null ? "development build" : version)};
  }
}
