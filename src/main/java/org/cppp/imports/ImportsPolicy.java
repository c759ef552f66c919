package org.cppp.imports;

import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/** Who may import historical data: the role set the facade, URL rules and navigation use. */
@Component("importsPolicy")
public class ImportsPolicy {

  /** Who imports: programme officers and administrators. */
  static final Set<Role> IMPORTERS = IdentityPolicy.OFFICERS;

  /** Who follows every importer's jobs, not only their own: administrators. */
  static final Set<Role> JOB_WATCHERS = IdentityPolicy.ADMINS;

  static final String IMPORT = "@importsPolicy.mayImport()";

  /** Whether the current user imports historical data. */
  public boolean mayImport() {
    return IdentityPolicy.currentUser().hasAny(IMPORTERS);
  }

  static boolean seesEveryonesJobs(CurrentUser user) {
    return user.hasAny(JOB_WATCHERS);
  }
}
