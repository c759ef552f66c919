package org.cppp.platform;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails the dispatcher gave up on, newest first, for administrators: {@code
 * /api/admin/failed-mails} ({@link MailDispatcher#failed}, which refuses anyone else). Each is also
 * logged when it fails for the last time.
 */
@RestController
@RequestMapping("/api/admin/failed-mails")
class FailedMailApi implements HttpAccessRules {

  private final MailDispatcher dispatcher;

  FailedMailApi(MailDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void api(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {
    registry.requestMatchers("/api/admin/failed-mails").hasRole(PlatformPolicy.ADMIN);
  }

  @GetMapping
  Page<FailedMail> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return dispatcher.failed(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
  }
}
