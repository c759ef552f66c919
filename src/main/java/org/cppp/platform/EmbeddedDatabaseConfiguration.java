package org.cppp.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL when no datasource URL is configured, so the system runs with
 * nothing installed. Its data stays in {@code cppp.data-dir} (default {@code ./data}) between runs;
 * with {@code cppp.embedded-db.ephemeral=true} (the tests) it lives in a temporary folder instead.
 * It is durable unless {@code cppp.embedded-db.durable=false} (the tests, for speed), and a start
 * right after a crash first stops the postmaster the killed run left behind ({@link
 * OrphanedPostmaster}), waiting up to {@code cppp.embedded-db.startup-wait}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${cppp.data-dir:./data}") Path dataDir,
      @Value("${cppp.embedded-db.ephemeral:false}") boolean ephemeral,
      @Value("${cppp.embedded-db.port:0}") int port,
      @Value("${cppp.embedded-db.durable:true}") boolean durable,
      @Value("${cppp.embedded-db.startup-wait:60s}") Duration startupWait)
      throws IOException {
    Path pgData = null;
    if (!ephemeral) {
      pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
      Files.createDirectories(pgData);
      log.info("Embedded PostgreSQL keeps its data in {}", pgData);
    }
    if (!durable) {
      log.warn("Embedded PostgreSQL runs without fsync: a power cut may lose committed work");
    }
    EmbeddedPostgres postgres =
        EmbeddedPostgresServer.start(
            new EmbeddedPostgresServer.Settings(pgData, port, durable, startupWait));
    // what a backup with pg_dump needs (README "Backup and restore")
    log.info(
        "Embedded PostgreSQL listens on localhost:{} (user postgres, database postgres)",
        postgres.getPort());
    return postgres;
  }

  @Bean
  DataSource dataSource(
      EmbeddedPostgres postgres, @Value("${cppp.embedded-db.pool-size:20}") int poolSize) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(poolSize);
    dataSource.setPoolName("cppp-embedded");
    return dataSource;
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return Deployment.usesEmbeddedDatabase(context.getEnvironment());
    }
  }
}
