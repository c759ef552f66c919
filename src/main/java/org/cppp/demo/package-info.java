/**
 * The demo programme: on the embedded default (or with {@code CPPP_DEMO=true}) loads, once, a
 * deterministic programme that reproduces the seed paper's 2011/12 figures (factories, ET service
 * providers, four years of decided applications, a few live ones, verified results for a sample of
 * the completed work) and an account for every role, and prints those accounts at every start.
 * Calls the other modules' facades only; owns one table, {@code demo_programme}, whose single row
 * records when the programme was loaded (and how long it took), so later starts leave it alone.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo programme",
    allowedDependencies = {
      "factory",
      "provider",
      "application",
      "funding",
      "outreach",
      "committee",
      "recognition",
      "verification",
      "identity",
      "platform",
      "shared"
    })
package org.cppp.demo;
