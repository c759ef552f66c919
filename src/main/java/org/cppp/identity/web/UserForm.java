package org.cppp.identity.web;

import java.util.EnumSet;
import java.util.Set;
import org.cppp.identity.Language;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;
import org.cppp.identity.UserChange;
import org.cppp.identity.UserView;

/** The user form's fields, as typed. */
public class UserForm {

  private String username;
  private String password;
  private String displayName;
  private String email;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private String factory;
  private String provider;
  private boolean enabled = true;
  private Language language = Language.EN;

  static UserForm of(UserView user) {
    UserForm form = new UserForm();
    form.username = user.username();
    form.displayName = user.displayName();
    form.email = user.email();
    form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
    form.factory = user.factory();
    form.provider = user.provider();
    form.enabled = user.enabled();
    form.language = user.language();
    return form;
  }

  NewUser toNewUser() {
    return new NewUser(username, password, displayName, email, roles, factory, provider, language);
  }

  UserChange toChange() {
    return new UserChange(displayName, email, roles, factory, provider, enabled, language);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.trim();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
  }

  public String getFactory() {
    return factory;
  }

  public void setFactory(String factory) {
    this.factory = factory;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
