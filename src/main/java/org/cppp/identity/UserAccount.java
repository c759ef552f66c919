package org.cppp.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A user account: credentials, profile, roles and binding. */
@Entity
@Table(name = "users")
class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  private String email;

  @Column(name = "factory_br")
  private String factoryBr;

  @Column(name = "provider_code")
  private String providerCode;

  private boolean enabled;

  private String language = Language.EN.tag();

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  UserAccount(String username, String passwordHash, Profile profile, Binding binding) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = Instant.now();
    apply(profile, binding);
  }

  void apply(Profile profile, Binding binding) {
    this.displayName = profile.displayName();
    this.email = profile.email();
    this.roles.clear();
    this.roles.addAll(binding.roles());
    this.factoryBr = binding.factoryBr();
    this.providerCode = binding.providerCode();
  }

  /** Binds the account to another factory (its duplicate was merged into that one). */
  void moveToFactory(String brNumber) {
    this.factoryBr = brNumber;
  }

  void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  void speak(Language language) {
    this.language = language.tag();
  }

  Language language() {
    return Language.ofTag(language);
  }

  void enable(boolean enabled) {
    this.enabled = enabled;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("displayName", displayName);
    values.put("email", email);
    values.put("roles", new TreeSet<>(roles).toString());
    values.put("factory", factoryBr);
    values.put("provider", providerCode);
    values.put("enabled", enabled);
    values.put("language", language);
    return values;
  }

  UserView view() {
    return new UserView(
        username,
        displayName,
        email,
        Set.copyOf(roles),
        factoryBr,
        providerCode,
        enabled,
        createdAt,
        language());
  }

  Long id() {
    return id;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  Set<Role> roles() {
    return Set.copyOf(roles);
  }

  Binding binding() {
    return new Binding(Set.copyOf(roles), factoryBr, providerCode);
  }

  String factoryBr() {
    return factoryBr;
  }

  String providerCode() {
    return providerCode;
  }

  /** Name and e-mail. */
  record Profile(String displayName, String email) {}

  /** Roles and the factory or provider they bind to. */
  record Binding(Set<Role> roles, String factoryBr, String providerCode) {}
}
