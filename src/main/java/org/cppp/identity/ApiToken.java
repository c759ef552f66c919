package org.cppp.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A personal access token: its owner, scope and lifetime; of the secret only its SHA-256 hash. */
@Entity
@Table(name = "api_token")
class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private Long userId;

  private String name;

  @Column(name = "token_hash")
  private byte[] tokenHash;

  @Enumerated(EnumType.STRING)
  private TokenScope scope;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(
      Long userId,
      String name,
      byte[] tokenHash,
      TokenScope scope,
      Instant createdAt,
      LocalDate expiresOn) {
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash.clone();
    this.scope = scope;
    this.createdAt = createdAt;
    this.expiresOn = expiresOn;
  }

  /** Whether the token still signs its user in on {@code today}. */
  boolean validOn(LocalDate today) {
    return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
  }

  /** Whether its last use was recorded before {@code since} (or never). */
  boolean lastUsedBefore(Instant since) {
    return lastUsedAt == null || lastUsedAt.isBefore(since);
  }

  /** Revokes the token; returns whether it was still in force. */
  boolean revoke(Instant at) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = at;
    return true;
  }

  Long id() {
    return id;
  }

  Long userId() {
    return userId;
  }

  TokenScope scope() {
    return scope;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("scope", scope.name());
    values.put("expiresOn", expiresOn);
    return values;
  }

  ApiTokenView view(LocalDate today) {
    return new ApiTokenView(
        id,
        name,
        scope == TokenScope.WRITE
            ? List.of(TokenScope.READ, TokenScope.WRITE)
            : List.of(TokenScope.READ),
        createdAt,
        expiresOn,
        lastUsedAt,
        revokedAt,
        validOn(today));
  }
}
