package org.cppp.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, run by every instance's scheduler but at most once at a time across instances: a
 * job whose work must not be done twice carries {@code @SchedulerLock(name = "module.job")} next to
 * its {@code @Scheduled} (ShedLock, lock rows in table {@code shedlock}, Flyway V92). The lock is
 * held while the job runs and at least {@code lockAtLeastFor}, so a second instance whose clock
 * fires a moment later skips that run; it is freed after {@code lockAtMostFor} if its instance
 * dies. Times are the database's, so the instances' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "PT5S")
class SchedulingConfiguration {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }
}
