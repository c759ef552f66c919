/**
 * The register of ET service providers: who is on the list, since when, where they are based and
 * what they specialise in; removals and reinstatements with their history (so reports can count
 * providers joined, removed and on the list as at any date, by base); the daily check of
 * Guangdong-based providers' GDEIC registration; and HKPC's quality checks of providers' work. Owns
 * the {@code provider*} tables; publishes the {@link org.cppp.provider.Providers} facade and its
 * records. Depends on platform, identity (current user, account binding), audit and shared.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "ET service providers",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.provider;
