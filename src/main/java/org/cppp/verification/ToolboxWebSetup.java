package org.cppp.verification;

import java.util.Set;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** The CP Toolbox is public: its page and API need no sign-in; everyone sees it in the menu. */
@Configuration(proxyBeanMethods = false)
class ToolboxWebSetup {

  @Bean
  HttpAccessRules toolboxAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers(HttpMethod.GET, "/toolbox").permitAll();
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(HttpMethod.GET, "/api/toolbox", "/api/toolbox/technologies")
            .permitAll();
      }
    };
  }

  @Bean
  NavItem toolboxNavItem() {
    return new NavItem("nav.toolbox", "/toolbox", Set.of(), 24);
  }
}
