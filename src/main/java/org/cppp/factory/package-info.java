/**
 * The factory register: factories (identified by their 8-digit BR number), the cities they are in
 * (the 21 prefecture-level cities of Guangdong and Hong Kong, as data), the applicants ({@link
 * org.cppp.factory.Businesses}: Hong Kong businesses under Cap. 310, workshops and non-profit trade
 * associations, tables {@code hk_business}, {@code factory_business_link}, {@code
 * factory_link_evidence}; each factory's link to its business and the evidence officers check; a
 * business's {@link org.cppp.shared.ApplicantKind}, the kernel type a scheme's allowed applicants
 * are also given in), the versioned eligibility rules (eligible cities and target sectors with an
 * effective date) and the possible-duplicate flags officers review ({@link
 * org.cppp.factory.DuplicateReview}: dismiss a pair with a reason, or merge one factory into the
 * other, moving its accounts through the identity facade and what other modules hold through the
 * SPI {@link org.cppp.factory.FactoryHoldings}). Publishes the {@link org.cppp.factory.Factories},
 * {@link org.cppp.factory.Businesses} and {@link org.cppp.factory.DuplicateReview} facades and the
 * {@link org.cppp.factory.FactoryHoldings} SPI other modules implement; implements {@link
 * org.cppp.identity.AccountBindingTarget} for applicants (bound to a factory, or to a business and
 * then seeing all its factories: {@code FactoryVisibility}). Depends on identity (who is asking; a
 * merged factory's accounts), audit, platform and shared.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): factories' contacts, export only: they have no retention kind, so nothing here is
 * anonymised; they are exported for a data access request, by this module alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Factory register",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.factory;
