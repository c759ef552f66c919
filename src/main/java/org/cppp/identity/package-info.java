/**
 * Users, roles and sign-in. Owns the {@code users} tables, the sign-in sessions ({@code
 * spring_session}, Spring Session JDBC: ended all at once when an administrator disables an
 * account, changes its roles or resets its password) and the sign-in throttle ({@code
 * login_throttle}, Bucket4j: backoff per client address and per account, never a lock). Publishes
 * {@link org.cppp.identity.CurrentUser} (who is asking, and which factory or provider they are
 * bound to), the {@link org.cppp.identity.Users} facade and the {@link
 * org.cppp.identity.PasswordPolicy} that every module setting a password applies, and {@link
 * org.cppp.identity.RoleHolders}: the reads other modules make for their own work (who holds a
 * role, whom to mail, and in which {@link org.cppp.identity.Language}, each user's own choice). API
 * clients sign in with personal access tokens ({@link org.cppp.identity.ApiTokens}, table {@code
 * api_token}); password users may add TOTP two-factor sign-in ({@link org.cppp.identity.TwoFactor},
 * tables {@code user_totp} and {@code totp_recovery_code}), required for the roles of {@code
 * cppp.security.totp-required-roles}: each code accepted once, secrets sealed with {@code
 * cppp.security.totp-key} ({@code TotpSecrets}; the Java migration {@code V135__SealTotpSecrets}
 * sealed those stored before), recovery codes hashed, an enrolment reset by an administrator; staff
 * may sign in with the organisation's OpenID Connect provider ({@code OidcConfiguration}, when
 * configured). Modules that own bindable records (factories, providers) implement {@link
 * org.cppp.identity.AccountBindingTarget} so this module can check a binding without depending on
 * them.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): user accounts, export only: they have no retention kind, so nothing here is anonymised;
 * they are exported for a data access request, by this module alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"audit", "platform", "shared"})
package org.cppp.identity;
