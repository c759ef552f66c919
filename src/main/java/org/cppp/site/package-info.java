/**
 * The public CP website's front door: what the programme is and who can apply (from the rules in
 * force), the funding on offer, upcoming events, success stories, guidebooks, recognised partners
 * and the ways to apply. Owns the factories' requests for an applicant account ({@link
 * org.cppp.site.AccountRequests}, table {@code account_request}): a request naming a registered
 * factory adds a user to it only once the factory's registered contact confirms. Reads other
 * modules' public facades only.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): refused account requests, anonymised when the retention rules say and exported for a
 * data access request, by this module alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Public website",
    allowedDependencies = {
      "factory",
      "funding",
      "outreach",
      "recognition",
      "identity",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.site;
