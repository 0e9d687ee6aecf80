package dev.thyrida.spring.autoconfigure;

import dev.thyrida.policy.decide.Decider;
import dev.thyrida.policy.decide.GovernanceRules;
import dev.thyrida.store.host.KeptDirectory;
import dev.thyrida.store.jdbc.JdbcEventLog;
import dev.thyrida.store.json.LogJson;
import dev.thyrida.store.log.EventLog;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The event log on the application's {@link DataSource} (PostgreSQL or H2, whichever it is) and the
 * load–decide–append loop over it (ADR 0150, store.md).
 */
@AutoConfiguration(
    after = ThyridaAutoConfiguration.class,
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "thyrida.store", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ThyridaStoreAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ThyridaStoreAutoConfiguration() {}

  /**
   * The event log, migrated at start-up unless {@code thyrida.store.migrate=false}.
   *
   * @param dataSource the application's data source
   * @param properties the properties
   * @return the log
   */
  @Bean
  @ConditionalOnMissingBean
  public EventLog thyridaEventLog(DataSource dataSource, ThyridaProperties properties) {
    return properties.getStore().isMigrate()
        ? JdbcEventLog.migrated(dataSource)
        : JdbcEventLog.of(dataSource, LogJson.standard());
  }

  /**
   * The directory kept in the log, replayed at start-up; every command goes through its
   * {@code submit}.
   *
   * @param log the log
   * @param rules the rules
   * @param decider the decider
   * @return the kept directory
   */
  @Bean
  @ConditionalOnMissingBean
  public KeptDirectory thyridaKeptDirectory(EventLog log, GovernanceRules rules, Decider decider) {
    return KeptDirectory.load(log, rules).deciding(decider);
  }
}
