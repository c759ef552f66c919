package org.cppp.outreach;

import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with outreach's staff pages, once: the role sets, the questions the facades
 * enforce ({@code @PreAuthorize} names this bean), the templates ask ({@code
 * ${@outreachPolicy.mayEdit()}}) and the URL rules, navigation and tiles use. The public pages are
 * open to everyone.
 */
@Component("outreachPolicy")
public class OutreachPolicy {

  /** Who changes activities, publications, stories and enquiries. */
  static final Set<Role> EDITORS = IdentityPolicy.OFFICERS;

  /** Who reads the staff pages: editors, EPD and QA. */
  static final Set<Role> READERS = IdentityPolicy.plus(EDITORS, Role.EPD, Role.QA);

  /** Who reads the outreach figures: the readers and the committee. */
  static final Set<Role> FIGURE_READERS = IdentityPolicy.plus(READERS, Role.COMMITTEE);

  static final String READ = "@outreachPolicy.mayRead()";
  static final String EDIT = "@outreachPolicy.mayEdit()";
  static final String READ_FIGURES = "@outreachPolicy.mayReadFigures()";

  /** Whether the current user reads outreach's staff pages. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user changes outreach's records. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }

  /** Whether the current user reads the outreach figures. */
  public boolean mayReadFigures() {
    return IdentityPolicy.currentUser().hasAny(FIGURE_READERS);
  }

  /** Whether this user is programme staff for outreach: sees unpublished guidebooks and stories. */
  static boolean isStaff(CurrentUser user) {
    return user.hasAny(READERS);
  }
}
