package org.cppp.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.cppp.identity.Language;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates real accounts (through the identity facade) and signs requests as them: {@link #page} for
 * a signed-in page session, {@link #api} for HTTP Basic on {@code /api/**}.
 */
@TestComponent
public class TestAccounts {

  public static final String PASSWORD = "test-password-123";

  private final Users users;
  private final UserDetailsService details;

  TestAccounts(Users users, UserDetailsService details) {
    this.users = users;
    this.details = details;
  }

  /** A new user with a unique name and these roles; bound to a factory or provider if given. */
  public String create(Set<Role> roles, String factoryBr, String providerCode) {
    return create(roles, factoryBr, providerCode, false, null);
  }

  /**
   * A new user with one role (bound to a factory or provider if given) and the e-mail address
   * {@code <username>@example.com}, to read what the system mails them.
   */
  public String withEmail(Role role, String factoryBr, String providerCode) {
    return create(Set.of(role), factoryBr, providerCode, true, null);
  }

  /**
   * As {@link #withEmail(Role, String, String)}, for a user who reads their mails in a language.
   */
  public String withEmailIn(Role role, String factoryBr, Language language) {
    return create(Set.of(role), factoryBr, null, true, language);
  }

  private String create(
      Set<Role> roles, String factoryBr, String providerCode, boolean email, Language language) {
    String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String address = email ? username + "@example.com" : null;
    SystemActor.run(
        () ->
            users.create(
                new NewUser(
                    username,
                    PASSWORD,
                    username,
                    address,
                    roles,
                    factoryBr,
                    providerCode,
                    language)));
    return username;
  }

  public String create(Role role) {
    return create(Set.of(role), null, null);
  }

  public String applicantOf(String factoryBr) {
    return create(Set.of(Role.APPLICANT), factoryBr, null);
  }

  public String staffOf(String providerCode) {
    return create(Set.of(Role.PROVIDER), null, providerCode);
  }

  /** Signs a page request as this user (as if through the login form). */
  public RequestPostProcessor page(String username) {
    return user(details.loadUserByUsername(username));
  }

  /** Signs an API request with HTTP Basic. */
  public RequestPostProcessor api(String username) {
    return httpBasic(username, PASSWORD);
  }

  /** Calls a facade as this user (signed in with their roles and binding), as a request would. */
  public <T> T as(String username, Supplier<T> work) {
    UserDetails user = details.loadUserByUsername(username);
    return SystemActor.callAs(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
  }
}
