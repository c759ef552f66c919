package org.cppp.reporting;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read the reports and the dashboard, once: the role sets, the questions the facades
 * enforce ({@code @PreAuthorize} names this bean), the templates ask ({@code
 * ${@reportingPolicy.mayReadDashboard()}}) and the URL rules and navigation use.
 */
@Component("reportingPolicy")
public class ReportingPolicy {

  /** Programme staff: read and generate the progress reports. */
  static final Set<Role> READERS = IdentityPolicy.STAFF;

  /** Who reads the dashboard: officers, administrators and EPD. */
  static final Set<Role> DASHBOARD_READERS = IdentityPolicy.plus(IdentityPolicy.OFFICERS, Role.EPD);

  static final String READ = "@reportingPolicy.mayRead()";
  static final String READ_DASHBOARD = "@reportingPolicy.mayReadDashboard()";

  /** Whether the current user reads the progress reports. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user reads the dashboard. */
  public boolean mayReadDashboard() {
    return IdentityPolicy.currentUser().hasAny(DASHBOARD_READERS);
  }
}
