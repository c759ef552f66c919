package org.cppp.platform;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Three filter chains: the metrics scrape ({@link MetricsAccess}), the JSON API under {@code
 * /api/**} (a bearer token of {@link BearerTokens} or HTTP Basic, creating no session, or the
 * session of a page login with its CSRF token on changes; problem-detail errors) and the pages
 * (form login, CSRF on every form). Both deny whatever no module's {@link HttpAccessRules} permit.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self';"
          + " base-uri 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * The Prometheus scrape: HTTP Basic (a scraper keeps no session) or a trusted network, as {@link
   * MetricsAccess} says.
   */
  @Bean
  @Order(0)
  SecurityFilterChain metricsChain(
      HttpSecurity http, MetricsAccess access, ProblemSecurityHandler problems) throws Exception {
    http.securityMatcher(MetricsAccess.PATH)
        .authorizeHttpRequests(auth -> auth.anyRequest().access(access))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      List<HttpAccessRules> rules,
      ProblemSecurityHandler problems,
      List<BearerTokens> tokens)
      throws Exception {
    http.securityMatcher("/api/**")
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth -> {
              rules.forEach(rule -> rule.api(auth));
              auth.anyRequest().denyAll();
            })
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::signedBySession))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  /**
   * An API request that changes something and is signed only by the session cookie of a page login
   * (no {@code Authorization} header): a browser sends that cookie by itself, so such a request
   * must carry the session's CSRF token ({@code X-CSRF-TOKEN}) like a form does. Requests with HTTP
   * Basic or a token keep no session and need none.
   */
  static boolean signedBySession(jakarta.servlet.http.HttpServletRequest request) {
    String method = request.getMethod();
    boolean safe =
        "GET".equals(method)
            || "HEAD".equals(method)
            || "OPTIONS".equals(method)
            || "TRACE".equals(method);
    return !safe
        && request.getHeader("Authorization") == null
        && request.getRequestedSessionId() != null;
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(
      HttpSecurity http, List<HttpAccessRules> rules, List<SignInSteps> steps) throws Exception {
    http.authorizeHttpRequests(
            auth -> {
              auth.requestMatchers(
                      "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                  .permitAll();
              auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                  .permitAll();
              auth.requestMatchers(
                      "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                  .permitAll();
              rules.forEach(rule -> rule.pages(auth));
              auth.anyRequest().denyAll();
            })
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/dashboard", false)
                    .failureHandler(new LoginFailureHandler())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny()));
    for (SignInSteps step : steps) {
      step.configure(http);
    }
    return http.build();
  }
}
