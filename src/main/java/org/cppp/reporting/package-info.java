/**
 * Reporting: the annual progress report to the Legislative Council's Panel on Environmental Affairs
 * (paragraphs 9-16 of the seed paper, as at any date) as a page, JSON, CSV, XLSX and PDF in three
 * languages, generated in the background for large programmes; and the officers' and EPD's
 * dashboard. Owns no tables: every figure comes through the facades of applications, providers,
 * outreach, recognition, funding and verification (the verified outcomes). Committee meetings are
 * counted through the SPI {@link org.cppp.reporting.MeetingFigures}, which the committee module
 * implements.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {
      "application",
      "provider",
      "outreach",
      "recognition",
      "funding",
      "verification",
      "identity",
      "platform",
      "shared"
    })
package org.cppp.reporting;
