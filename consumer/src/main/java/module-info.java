/**
 * An outside host's module, as an integrator would write it: it requires the SDK's API modules and
 * nothing else of Thyrida, opens its forms only to the Bean Validation providers (which read their
 * fields and components), logs people in with Thyrida's GSIS client, and contributes a credential profile by {@code provides}. Nothing is
 * opened to Thyrida itself.
 */
module com.example.kep {
  requires dev.thyrida.policy;
  requires dev.thyrida.testkit;
  requires dev.thyrida.gsis;

  opens com.example.kep.forms to org.hibernate.validator, bval.jsr;

  provides dev.thyrida.policy.credential.CredentialProfileSource with com.example.kep.profiles.AgencyProfiles;
}
