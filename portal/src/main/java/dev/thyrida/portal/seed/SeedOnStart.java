package dev.thyrida.portal.seed;

import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.host.KeptDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seeds an empty log at start-up; a log that holds anything is left as it is (a restart keeps state). */
@Component
public class SeedOnStart implements ApplicationRunner {

  private final KeptDirectory kept;
  private final GovernanceRules rules;

  SeedOnStart(KeptDirectory kept, GovernanceRules rules) {
    this.kept = kept;
    this.rules = rules;
  }

  @Override
  public void run(ApplicationArguments args) {
    Seed.into(kept, rules);
  }
}
