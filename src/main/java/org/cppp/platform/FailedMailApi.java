package org.cppp.platform;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails the dispatcher gave up on, newest first, for administrators: {@code
 * /api/admin/failed-mails}. Each is also logged when it fails for the last time.
 */
@RestController
@RequestMapping("/api/admin/failed-mails")
class FailedMailApi implements HttpAccessRules {

  private final JdbcClient jdbc;

  FailedMailApi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void api(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    registry.requestMatchers("/api/admin/failed-mails").hasRole("ADMIN");
  }

  @GetMapping
  @Transactional(readOnly = true)
  Page<FailedMail> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    var rows =
        jdbc.sql(
                """
                select id, recipient, subject, attempts, last_error, created_at, failed_at
                from mail_outbox where failed_at is not null
                order by failed_at desc, id desc limit ? offset ?""")
            .params(request.getPageSize(), request.getOffset())
            .query(FailedMail.class)
            .list();
    long total =
        jdbc.sql("select count(*) from mail_outbox where failed_at is not null")
            .query(Long.class)
            .single();
    return new PageImpl<>(rows, request, total);
  }
}
