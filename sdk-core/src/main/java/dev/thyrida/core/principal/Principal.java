package dev.thyrida.core.principal;

import dev.thyrida.core.identity.ServiceUsername;
import dev.thyrida.core.identity.Shape;
import dev.thyrida.core.identity.TaxId;
import java.util.Optional;

/**
 * Who issues a command (εντολέας): nobody yet, a citizen, an employee, a Ministry official, or the
 * host system that feeds HR facts. Persons are authenticated by the host beforehand (L26-3, C8, C9,
 * D9).
 */
public sealed interface Principal
    permits Principal.Unauthenticated,
        Principal.Citizen,
        Principal.Employee,
        Principal.MinistryOfficial,
        Principal.HostSystem {

  /**
   * The person's tax id.
   *
   * @return the tax id, or empty for the unauthenticated and the host system
   */
  Optional<TaxId> taxId();

  /**
   * A short plain description for explanations, e.g. {@code employee 068933130 (SERVICE_CREDENTIALS)}.
   *
   * @return the description; never a secret
   */
  String description();

  /** Nobody authenticated: every mailbox access is refused (L26-3). */
  record Unauthenticated() implements Principal {
    @Override
    public Optional<TaxId> taxId() {
      return Optional.empty();
    }

    @Override
    public String description() {
      return "unauthenticated";
    }
  }

  /**
   * A natural person, authenticated (πολίτης, L26-3).
   *
   * @param identity the verified identity
   * @param authentication how it was verified
   */
  record Citizen(AuthenticatedIdentity identity, Authentication authentication) implements Principal {
    /**
     * Checks both components are present.
     *
     * @param identity the identity
     * @param authentication the authentication
     */
    public Citizen {
      Shape.required("Principal.Citizen", "identity", identity);
      Shape.required("Principal.Citizen", "authentication", authentication);
    }

    @Override
    public Optional<TaxId> taxId() {
      return Optional.of(identity.taxId());
    }

    @Override
    public String description() {
      return "citizen " + identity.taxId() + " (" + authentication + ")";
    }
  }

  /**
   * A public employee, authenticated (υπάλληλος, C8, C9, K2).
   *
   * @param identity the verified identity
   * @param authentication how it was verified
   * @param serviceUsername the service username used, when authenticated by service credentials
   */
  record Employee(AuthenticatedIdentity identity, Authentication authentication,
      Optional<ServiceUsername> serviceUsername) implements Principal {
    /**
     * Checks the components are present.
     *
     * @param identity the identity
     * @param authentication the authentication
     * @param serviceUsername the service username, if any
     */
    public Employee {
      Shape.required("Principal.Employee", "identity", identity);
      Shape.required("Principal.Employee", "authentication", authentication);
      Shape.required("Principal.Employee", "serviceUsername", serviceUsername);
    }

    @Override
    public Optional<TaxId> taxId() {
      return Optional.of(identity.taxId());
    }

    @Override
    public String description() {
      return "employee " + identity.taxId() + " (" + authentication + ")";
    }
  }

  /**
   * An official of the Ministry's one-stop-services directorate (αρμόδια Διεύθυνση, X3, D7).
   *
   * @param identity the verified identity
   */
  record MinistryOfficial(AuthenticatedIdentity identity) implements Principal {
    /**
     * Checks the identity is present.
     *
     * @param identity the identity
     */
    public MinistryOfficial {
      Shape.required("Principal.MinistryOfficial", "identity", identity);
    }

    @Override
    public Optional<TaxId> taxId() {
      return Optional.of(identity.taxId());
    }

    @Override
    public String description() {
      return "ministry official " + identity.taxId();
    }
  }

  /**
   * The host system itself, e.g. its HR feed: the source of HR facts (KEPs, staff, postings).
   *
   * @param name the system's name, e.g. {@code hr-feed}
   */
  record HostSystem(String name) implements Principal {
    /**
     * Checks the name's shape.
     *
     * @param name the system's name: not blank, no control characters, at most 64 code points
     */
    public HostSystem {
      Shape.text("Principal.HostSystem", "name", name, 64);
    }

    @Override
    public Optional<TaxId> taxId() {
      return Optional.empty();
    }

    @Override
    public String description() {
      return "host system " + name;
    }
  }
}
