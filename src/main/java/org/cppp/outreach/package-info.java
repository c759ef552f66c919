/**
 * Outreach: awareness activities (seminars, workshops, briefings, factory visits, study missions,
 * conferences, exhibitions, site visits to completed demonstration projects) with public
 * registration, waiting list and attendance; guidebooks, success stories and downloadable
 * resources; the enquiry hotline. Owns the {@code outreach_*} tables. Publishes the facades {@link
 * org.cppp.outreach.Activities}, {@link org.cppp.outreach.Publications}, {@link
 * org.cppp.outreach.Stories}, {@link org.cppp.outreach.Enquiries} and {@link
 * org.cppp.outreach.OutreachFigures} (the annual report's awareness and guidebook figures). Names a
 * factory by its BR number and a demonstration project by its application reference only; asks
 * whether an attending factory applied later through {@link org.cppp.outreach.FactoryFollowUp},
 * which the applications module implements. Depends on platform, identity, audit and shared.
 *
 * <p>Its personal data, {@link org.cppp.platform.PersonalRecords} (collected by the retention
 * module): enquiries and event registrations, anonymised when the retention rules say and exported
 * for a data access request, by this module alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Outreach",
    allowedDependencies = {"identity", "audit", "platform", "shared"})
package org.cppp.outreach;
