package org.cppp.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's authenticator for TOTP sign-in: pending until confirmed with a code, then in force. The
 * secret never leaves this module after confirmation.
 */
@Entity
@Table(name = "user_totp")
class UserTotp {

  @Id
  @Column(name = "user_id")
  private Long userId;

  private String secret;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected UserTotp() {}

  UserTotp(Long userId, String secret, Instant createdAt) {
    this.userId = userId;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  /** Starts again with a new secret (a pending enrolment started anew). */
  void restart(String newSecret, Instant at) {
    this.secret = newSecret;
    this.createdAt = at;
    this.confirmedAt = null;
  }

  void confirm(Instant at) {
    this.confirmedAt = at;
  }

  boolean confirmed() {
    return confirmedAt != null;
  }

  String secret() {
    return secret;
  }
}
