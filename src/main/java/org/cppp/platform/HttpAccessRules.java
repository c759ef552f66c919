package org.cppp.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL access rules. Every request that no module permits is denied: modules contribute a
 * bean of this type naming who may reach their pages and API; facades check again per record.
 */
public interface HttpAccessRules {

  /** Rules for pages (form login, session, CSRF). */
  default void pages(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {}

  /** Rules for {@code /api/**} (HTTP Basic, stateless). */
  default void api(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          registry) {}
}
