package org.cppp.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's authenticator for TOTP sign-in: pending until confirmed with a code, then in force. The
 * secret is kept sealed ({@link TotpSecrets}) and never leaves this module after confirmation. The
 * last time step a code was accepted at is kept so each code is used once. After an administrator's
 * reset it is pending and must be enrolled at the user's next sign-in.
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

  @Column(name = "last_time_step")
  private Long lastTimeStep;

  @Column(name = "must_enrol")
  private boolean mustEnrol;

  @Column(name = "secret_sealed")
  private boolean secretSealed = true;

  protected UserTotp() {}

  /** A pending enrolment with this sealed secret. */
  UserTotp(Long userId, String sealedSecret, Instant createdAt) {
    this.userId = userId;
    this.secret = sealedSecret;
    this.createdAt = createdAt;
  }

  /** Starts again with a new sealed secret (a pending enrolment started anew). */
  void restart(String sealedSecret, Instant at) {
    this.secret = sealedSecret;
    this.createdAt = at;
    this.confirmedAt = null;
    this.lastTimeStep = null;
  }

  /** An administrator's reset: pending again, to be enrolled at the user's next sign-in. */
  void reset(String sealedSecret, Instant at) {
    restart(sealedSecret, at);
    this.mustEnrol = true;
  }

  /** Whether a code of this time step may still be accepted: only steps after the last one. */
  boolean unused(long timeStep) {
    return lastTimeStep == null || timeStep > lastTimeStep;
  }

  /** A code of this time step was accepted: it and every earlier one are spent. */
  void accepted(long timeStep) {
    this.lastTimeStep = timeStep;
  }

  boolean mustEnrol() {
    return mustEnrol && confirmedAt == null;
  }

  void confirm(Instant at) {
    this.confirmedAt = at;
    this.mustEnrol = false;
  }

  boolean confirmed() {
    return confirmedAt != null;
  }

  /** The sealed secret. */
  String secret() {
    return secret;
  }
}
