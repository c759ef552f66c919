package org.cppp.platform;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may scrape {@code /actuator/prometheus}, in one place: a user holding one of {@code
 * cppp.metrics.roles} (default {@code ADMIN}), or any client from one of {@code
 * cppp.metrics.networks} (addresses or CIDR ranges, e.g. the monitoring host; default none).
 */
@Component
class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

  static final String PATH = "/actuator/prometheus";

  private final Set<String> roles;
  private final List<IpAddressMatcher> networks;

  MetricsAccess(
      @Value("${cppp.metrics.roles:ADMIN}") Set<String> roles,
      @Value("${cppp.metrics.networks:}") List<String> networks) {
    this.roles = Set.copyOf(roles);
    this.networks =
        networks.stream()
            .map(String::strip)
            .filter(n -> !n.isEmpty())
            .map(IpAddressMatcher::new)
            .toList();
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    String address = context.getRequest().getRemoteAddr();
    boolean fromNetwork = networks.stream().anyMatch(n -> n.matches(address));
    boolean byRole = Roles.of(authentication.get()).stream().anyMatch(roles::contains);
    return new AuthorizationDecision(fromNetwork || byRole);
  }
}
