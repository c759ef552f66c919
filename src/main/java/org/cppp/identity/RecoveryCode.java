package org.cppp.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time recovery code for TOTP sign-in, kept as its SHA-256 hash; spent once used. */
@Entity
@Table(name = "totp_recovery_code")
class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "code_hash")
  private byte[] codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(Long userId, byte[] codeHash) {
    this.userId = userId;
    this.codeHash = codeHash.clone();
  }

  void spend(Instant at) {
    this.usedAt = at;
  }
}
