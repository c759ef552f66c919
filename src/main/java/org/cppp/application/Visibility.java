package org.cppp.application;

import java.util.List;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may see an application: the role rules ({@link ApplicationAccess}) and
 * every other module's veto ({@link ApplicationVisibility}, e.g. a committee member's recusal). Not
 * yours reads as not found; reading, documents and workflow actions all ask here.
 */
@Component
class Visibility {

  private final List<ApplicationVisibility> vetoes;

  Visibility(List<ApplicationVisibility> vetoes) {
    this.vetoes = vetoes;
  }

  FundingApplication check(FundingApplication application) {
    CurrentUser user = CurrentUser.current();
    ApplicationAccess.visible(user, application);
    if (vetoes.stream().anyMatch(v -> v.hides(application.reference(), user))) {
      throw new NotFoundException("Application", application.reference());
    }
    return application;
  }
}
