package dev.thyrida.core.event;

/**
 * An event about agencies and service accounts (γεγονός φορέων και λογαριασμών, K3, K8, X5).
 */
public sealed interface AccountEvent extends Event
    permits AgencyAdministratorAppointed,
        AgencyAdministratorRemoved,
        AgencyRegistered,
        AuthorisationChanged,
        AuthorisationGranted,
        AuthorisationWithdrawn,
        PasswordChanged,
        ServiceAccountCreated,
        ServiceAccountSuspended,
        UsernameChanged {}
