/**
 * Legacy data import: CSV files of factories, providers, applications, activities, publications,
 * meetings, recognitions and verified results, checked row by row in a streaming first pass
 * (nothing written if any row is wrong) and then written in batches in one transaction through the
 * owning modules' facades. Owns the {@code import_key} table (natural keys of rows it imported, so
 * a re-import adds nothing) and the in-memory progress of running imports.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Legacy data import",
    allowedDependencies = {
      "factory",
      "provider",
      "application",
      "funding",
      "committee",
      "outreach",
      "recognition",
      "verification",
      "identity",
      "audit",
      "platform",
      "shared"
    })
package org.cppp.imports;
