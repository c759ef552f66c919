/**
 * The register of ET service providers: who is on the list, since when, where they are based and
 * what they specialise in; removals and reinstatements with their history (so reports can count
 * providers joined, removed and on the list as at any date, by base); the daily check of
 * Guangdong-based providers' GDEIC registration; HKPC's quality checks of providers' work; and
 * providers' applications to join the register from the public site (e-mail confirmed by a mailed
 * link, GDEIC certificate, possible duplicates found by pg_trgm), which officers register or
 * refuse. Owns the {@code provider*} tables; publishes the {@link org.cppp.provider.Providers} and
 * {@link org.cppp.provider.ProviderApplications} facades and their records, and where to mail a
 * provider whose staff have no accounts ({@link org.cppp.provider.ProviderContact}). Depends on
 * platform (rate limits, mail, public URL, clock), identity (current user, account binding), audit
 * and shared.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): refused applications to join the register, anonymised when the retention rules say and
 * exported for a data access request, by this module alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "ET service providers",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.provider;
