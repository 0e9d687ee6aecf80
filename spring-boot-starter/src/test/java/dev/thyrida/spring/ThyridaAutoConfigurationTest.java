package dev.thyrida.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thyrida.core.command.RegisterAgency;
import dev.thyrida.core.identity.AgencyId;
import dev.thyrida.core.principal.Principal;
import dev.thyrida.policy.credential.CredentialPolicy;
import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.policy.decide.Phase;
import dev.thyrida.spring.autoconfigure.ThyridaAutoConfiguration;
import dev.thyrida.spring.autoconfigure.ThyridaStoreAutoConfiguration;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.store.log.EventLog;
import java.nio.file.Path;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ThyridaAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ThyridaAutoConfiguration.class, ThyridaStoreAutoConfiguration.class));

  @Test
  @DisplayName("without properties the rules are the SDK's defaults (production, C9; no approval, X3)")
  void defaults() {
    runner.run(context -> {
      assertThat(context.getBean(GovernanceRules.class)).isEqualTo(GovernanceRules.defaults());
      assertThat(context).hasSingleBean(Decider.class).doesNotHaveBean(KeptDirectory.class);
    });
  }

  @Test
  @DisplayName("phase, approval option, administrators, application and profile come from thyrida.* (C8, X2, X3, K8, X4)")
  void fromProperties() {
    runner.withPropertyValues("thyrida.phase=familiarisation", "thyrida.handover-needs-approval=true",
        "thyrida.max-administrators=3", "thyrida.application=gr.example.kep", "thyrida.credential-profile=govgr-howto")
        .run(context -> {
          GovernanceRules rules = context.getBean(GovernanceRules.class);
          assertThat(rules.phase()).isEqualTo(Phase.FAMILIARISATION);
          assertThat(rules.handoverNeedsApproval()).isTrue();
          assertThat(rules.maxAdministrators()).isEqualTo(3);
          assertThat(rules.application().value()).isEqualTo("gr.example.kep");
          assertThat(rules.credentialProfile().name()).isEqualTo("govgr-howto");
          assertThat(context.getBean(CredentialPolicy.class).checkUsername("maria_konst").codes())
              .as("govgr-howto takes '.' instead of '_' (X4)").isNotEmpty();
        });
  }

  @Test
  @DisplayName("an unknown profile name stops the start, listing the registry's names (X4)")
  void unknownProfile() {
    runner.withPropertyValues("thyrida.credential-profile=nope").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nope").hasMessageContaining("govgr-howto");
    });
  }

  @Test
  @DisplayName("a host's own rules win over the properties")
  void hostRulesWin() {
    GovernanceRules own = GovernanceRules.builder().maxAdministrators(5).build();
    runner.withBean(GovernanceRules.class, () -> own).withPropertyValues("thyrida.max-administrators=3")
        .run(context -> assertThat(context.getBean(GovernanceRules.class)).isSameAs(own));
  }

  @Test
  @DisplayName("on the application's DataSource the store is migrated and kept; a restart replays it")
  void storeOnDataSource(@TempDir Path dir) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("log") + ";DB_CLOSE_DELAY=-1");
    Principal hr = new Principal.HostSystem("hr-registry");
    Instant now = Instant.parse("2026-03-02T08:00:00Z");
    ApplicationContextRunner withData = runner.withBean(javax.sql.DataSource.class, () -> h2);
    withData.run(context -> {
      KeptDirectory kept = context.getBean(KeptDirectory.class);
      assertThat(kept.submit(new RegisterAgency(hr, now, AgencyId.of("dimos-athinaion"), "Δήμος Αθηναίων"))
          .decision().isAccepted()).isTrue();
    });
    withData.run(context -> {
      assertThat(context.getBean(EventLog.class).head()).isEqualTo(1);
      assertThat(context.getBean(KeptDirectory.class).snapshot().directory().agency(AgencyId.of("dimos-athinaion")))
          .isPresent();
    });
  }

  @Test
  @DisplayName("thyrida.store.enabled=false leaves the DataSource alone")
  void storeOff() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:off;DB_CLOSE_DELAY=-1");
    runner.withBean(javax.sql.DataSource.class, () -> h2).withPropertyValues("thyrida.store.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EventLog.class).doesNotHaveBean(KeptDirectory.class));
  }
}
