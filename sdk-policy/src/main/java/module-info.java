/**
 * Thyrida policy: the rules of the circular and of the credentials guide as pure functions, and the
 * Bean Validation constraints that expose the credential rules to forms.
 */
module dev.thyrida.policy {
  requires transitive dev.thyrida.core;
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires java.xml;

  exports dev.thyrida.policy.constraints;
  exports dev.thyrida.policy.access;
  exports dev.thyrida.policy.account;
  exports dev.thyrida.policy.casework;
  exports dev.thyrida.policy.credential;
  exports dev.thyrida.policy.credential.strength;
  exports dev.thyrida.policy.credential.suggest;
  exports dev.thyrida.policy.credential.hygiene;
  exports dev.thyrida.policy.audit;
  exports dev.thyrida.policy.decide;
  exports dev.thyrida.policy.explain;
  exports dev.thyrida.policy.governance;
  exports dev.thyrida.policy.gsis;
  exports dev.thyrida.policy.rulebook;
  exports dev.thyrida.policy.codes;

  // Not API: Bean Validation providers instantiate the validators reflectively (ADR 0007).
  opens dev.thyrida.policy.constraints.validators;

  uses dev.thyrida.policy.credential.CredentialProfileSource;
}
