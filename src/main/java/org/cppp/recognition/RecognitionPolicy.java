package org.cppp.recognition;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with recognition cycles, once: the role sets, the questions the facades enforce
 * ({@code @PreAuthorize} names this bean), the templates ask ({@code
 * ${@recognitionPolicy.mayEdit()}}) and the URL rules, navigation and tiles use.
 */
@Component("recognitionPolicy")
public class RecognitionPolicy {

  /** Programme staff: read cycles and nominations. */
  static final Set<Role> STAFF = IdentityPolicy.STAFF;

  /** Who runs cycles: opens, assesses, publishes. */
  static final Set<Role> EDITORS = IdentityPolicy.OFFICERS;

  static final String READ = "@recognitionPolicy.mayRead()";
  static final String EDIT = "@recognitionPolicy.mayEdit()";

  /** Whether the current user reads cycles and nominations. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(STAFF);
  }

  /** Whether the current user runs cycles. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }
}
