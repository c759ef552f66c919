package org.cppp.retention;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with retention and personal data: administrators change the retention rules;
 * officers (and administrators) read them and export what is held about a person or factory.
 */
@Component("retentionPolicy")
public class RetentionPolicy {

  /** Who changes the retention rules. */
  static final Set<Role> EDITORS = IdentityPolicy.ADMINS;

  /** Who reads the rules and exports a person's or factory's data. */
  static final Set<Role> OFFICERS = IdentityPolicy.OFFICERS;

  static final String READ = "@retentionPolicy.mayRead()";
  static final String EDIT = "@retentionPolicy.mayEdit()";
  static final String EXPORT = "@retentionPolicy.mayExport()";

  /** Whether the current user reads the retention rules. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(OFFICERS);
  }

  /** Whether the current user changes the retention rules. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }

  /** Whether the current user exports everything held about a person or a factory. */
  public boolean mayExport() {
    return IdentityPolicy.currentUser().hasAny(OFFICERS);
  }
}
