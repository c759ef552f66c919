package org.cppp.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.RateLimits;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP two-factor sign-in for password users (RFC 6238, library {@code dev.samstevens.totp}): a
 * user enrols an authenticator (QR code and secret, confirmed with a code) and gets ten one-time
 * recovery codes, shown once and kept as SHA-256 hashes; after the password, such a user's session
 * passes a second step (a code or a recovery code, rate-limited per account) before anything else.
 * Users holding a role of {@code cppp.security.totp-required-roles} ({@link IdentityPolicy#named})
 * must enrol before anything else. A code is accepted once: its time step and every earlier one are
 * spent (the authenticator's row locked, so two sign-ins with one code cannot both pass). Secrets
 * are sealed at rest ({@link TotpSecrets}). An administrator may reset a user's enrolment: the user
 * enrols again at their next sign-in. Enrolling, disabling, resetting and spending a recovery code
 * are audited.
 */
@Service
@Transactional
public class TwoFactor {

  static final String RATE_LIMIT = "second-factor";
  static final int RECOVERY_CODES = 10;
  private static final int PERIOD_SECONDS = 30;

  /** Codes of the time steps either side of now are accepted too (the authenticator's drift). */
  private static final int DRIFT_STEPS = 1;

  private static final String ISSUER = "CPPP";

  private final UserAccounts accounts;
  private final TotpRecords totps;
  private final RecoveryCodes codes;
  private final TotpSecrets secrets;
  private final UserSessions sessions;
  private final AuditTrail audit;
  private final Clock clock;
  private final RateLimits rateLimits;
  private final Set<Role> required;
  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  TwoFactor(
      UserAccounts accounts,
      TotpRecords totps,
      RecoveryCodes codes,
      TotpSecrets secrets,
      UserSessions sessions,
      AuditTrail audit,
      Clock clock,
      RateLimits rateLimits,
      @Value("${cppp.security.totp-required-roles:}") List<String> required) {
    this.accounts = accounts;
    this.totps = totps;
    this.codes = codes;
    this.secrets = secrets;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
    this.rateLimits = rateLimits;
    this.required = IdentityPolicy.named(required);
  }

  /** A pending enrolment as the enrolment page shows it: the secret and its QR code. */
  public record Enrolment(String secret, String qrCodeDataUri) {}

  /** Whether the signed-in user has an authenticator in force. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean enrolled() {
    return totps.findById(signedIn().id()).filter(UserTotp::confirmed).isPresent();
  }

  /** Whether the signed-in user must keep an authenticator (their roles require one). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean requiredForMe() {
    return required(signedIn().roles());
  }

  /** How many unspent recovery codes the signed-in user has left. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public long recoveryCodesLeft() {
    return codes.countUnspent(signedIn().id());
  }

  /**
   * Starts (or starts again) enrolling an authenticator: a new secret, pending until {@link
   * #confirmEnrolment confirmed}.
   *
   * @throws RuleViolation when an authenticator is already in force (disable it first)
   */
  @PreAuthorize("isAuthenticated()")
  public Enrolment startEnrolment() {
    UserAccount account = signedIn();
    String secret = new DefaultSecretGenerator().generate();
    Optional<UserTotp> existing = totps.lockByUserId(account.id());
    if (existing.filter(UserTotp::confirmed).isPresent()) {
      throw new RuleViolation("code", "totp.already");
    }
    String sealed = secrets.seal(secret);
    existing.ifPresentOrElse(
        totp -> totp.restart(sealed, clock.instant()),
        () -> totps.save(new UserTotp(account.id(), sealed, clock.instant())));
    return new Enrolment(secret, qrCode(account.username(), secret));
  }

  /** The pending enrolment's secret and QR code, if one is pending (never once confirmed). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Optional<Enrolment> pendingEnrolment() {
    UserAccount account = signedIn();
    return totps
        .findById(account.id())
        .filter(totp -> !totp.confirmed())
        .map(totp -> secrets.open(totp.secret()))
        .map(secret -> new Enrolment(secret, qrCode(account.username(), secret)));
  }

  /**
   * Confirms the pending enrolment with a code from the authenticator; returns the ten recovery
   * codes, shown this once.
   *
   * @throws RuleViolation for a wrong code or no pending enrolment
   */
  @PreAuthorize("isAuthenticated()")
  public List<String> confirmEnrolment(String code) {
    UserAccount account = signedIn();
    rateLimits.consume(RATE_LIMIT, account.username());
    UserTotp totp =
        totps
            .lockByUserId(account.id())
            .filter(t -> !t.confirmed())
            .orElseThrow(() -> new RuleViolation("code", "totp.notPending"));
    if (!accept(totp, normal(code))) {
      throw new RuleViolation("code", "totp.code.wrong");
    }
    totp.confirm(clock.instant());
    codes.deleteOf(account.id());
    List<String> recovery =
        Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    recovery.forEach(c -> codes.save(new RecoveryCode(account.id(), Sha256.of(c))));
    audit.record(
        Users.AUDIT_TYPE,
        account.username(),
        "TOTP_ENROLLED",
        Map.of("recoveryCodes", RECOVERY_CODES));
    return recovery;
  }

  /**
   * The second step of a password sign-in: a code from the authenticator or an unspent recovery
   * code (then spent). Rate-limited per account.
   *
   * @throws RuleViolation for a wrong code
   * @throws org.cppp.platform.TooManyRequests when the account's attempts are spent for now
   */
  @PreAuthorize("isAuthenticated()")
  public void verifySecondFactor(String code) {
    UserAccount account = signedIn();
    rateLimits.consume(RATE_LIMIT, account.username());
    if (!passes(account, code)) {
      throw new RuleViolation("code", "totp.code.wrong");
    }
  }

  /**
   * Removes the signed-in user's authenticator and recovery codes after checking a code; refused
   * when their roles require one (they enrol anew instead, which replaces it).
   */
  @PreAuthorize("isAuthenticated()")
  public void disable(String code) {
    UserAccount account = signedIn();
    rateLimits.consume(RATE_LIMIT, account.username());
    if (!passes(account, code)) {
      throw new RuleViolation("code", "totp.code.wrong");
    }
    if (required(account.roles())) {
      throw new RuleViolation("code", "totp.required");
    }
    remove(account, "TOTP_DISABLED");
  }

  /**
   * Replaces the signed-in user's authenticator after checking a code: the old one and its recovery
   * codes stop working, and a new enrolment starts.
   */
  @PreAuthorize("isAuthenticated()")
  public Enrolment reenrol(String code) {
    UserAccount account = signedIn();
    rateLimits.consume(RATE_LIMIT, account.username());
    if (!passes(account, code)) {
      throw new RuleViolation("code", "totp.code.wrong");
    }
    remove(account, "TOTP_REENROLMENT_STARTED");
    return startEnrolment();
  }

  /**
   * An administrator resets a user's two-factor enrolment (a lost or changed authenticator): the
   * authenticator and recovery codes stop working, the user's sessions end, and the user must enrol
   * a new authenticator at their next sign-in. Audited with the administrator as actor.
   *
   * @throws RuleViolation when the user has no authenticator, in force or pending
   */
  @PreAuthorize(IdentityPolicy.ADMINISTER)
  public void reset(String username) {
    UserAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new NotFoundException("User", username));
    UserTotp totp =
        totps
            .lockByUserId(account.id())
            .orElseThrow(() -> new RuleViolation("username", "totp.reset.none", username));
    totp.reset(secrets.seal(new DefaultSecretGenerator().generate()), clock.instant());
    int removed = codes.deleteOf(account.id());
    audit.record(
        Users.AUDIT_TYPE,
        username,
        "TOTP_RESET",
        Map.of("recoveryCodesRemoved", removed, "sessionsEnded", sessions.endAll(username)));
  }

  /** The step a password sign-in of this user still owes, or empty when it is complete. */
  @Transactional(readOnly = true)
  Optional<PendingSignIn.Step> stepAfterPassword(String username) {
    Optional<UserAccount> account = accounts.findByUsername(username);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Optional<UserTotp> totp = totps.findById(account.get().id());
    if (totp.filter(UserTotp::confirmed).isPresent()) {
      return Optional.of(PendingSignIn.Step.CODE);
    }
    return required(account.get().roles()) || totp.filter(UserTotp::mustEnrol).isPresent()
        ? Optional.of(PendingSignIn.Step.ENROL)
        : Optional.empty();
  }

  private boolean required(Set<Role> roles) {
    return roles.stream().anyMatch(required::contains);
  }

  private boolean passes(UserAccount account, String code) {
    String given = normal(code);
    UserTotp totp =
        totps
            .lockByUserId(account.id())
            .filter(UserTotp::confirmed)
            .orElseThrow(() -> new RuleViolation("code", "totp.notEnrolled"));
    if (given.matches("\\d{6}")) {
      return accept(totp, given);
    }
    Optional<RecoveryCode> recovery = codes.unspent(account.id(), Sha256.of(given));
    if (recovery.isEmpty()) {
      return false;
    }
    long left = codes.countUnspent(account.id()) - 1;
    recovery.get().spend(clock.instant());
    audit.record(Users.AUDIT_TYPE, account.username(), "RECOVERY_CODE_USED", Map.of("left", left));
    return true;
  }

  /**
   * Accepts a code of a time step within the drift of now and after the last one accepted, and
   * spends that step; the authenticator is locked by the caller.
   */
  private boolean accept(UserTotp totp, String code) {
    String secret = secrets.open(totp.secret());
    long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
      if (totp.unused(step) && sameCode(generate(secret, step), code)) {
        totp.accepted(step);
        return true;
      }
    }
    return false;
  }

  private String generate(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("TOTP code", e);
    }
  }

  private static boolean sameCode(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  private void remove(UserAccount account, String action) {
    totps.deleteById(account.id());
    int removed = codes.deleteOf(account.id());
    audit.record(
        Users.AUDIT_TYPE, account.username(), action, Map.of("recoveryCodesRemoved", removed));
  }

  private static String normal(String code) {
    return code == null ? "" : code.strip().replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static String qrCode(String username, String secret) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer(ISSUER)
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(30)
            .build();
    ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("QR code", e);
    }
  }

  private UserAccount signedIn() {
    String username = CurrentUser.current().username();
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
  }
}
