package org.cppp.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may see an application: the role rules ({@link ApplicationPolicy}) and
 * every other module's veto ({@link ApplicationVisibility}, e.g. a committee member's recusal). Not
 * yours reads as not found. One rule for every read path: a single record is checked here (and
 * looked up here by its reference, {@link #of} and {@link #locked}), and lists, search and the feed
 * exclude {@link #hiddenFrom} in their queries.
 */
@Component
class Visibility {

  private final FundingApplicationRepository applications;
  private final List<ApplicationVisibility> vetoes;
  private final ApplicationPolicy policy;

  Visibility(
      FundingApplicationRepository applications,
      List<ApplicationVisibility> vetoes,
      ApplicationPolicy policy) {
    this.applications = applications;
    this.vetoes = vetoes;
    this.policy = policy;
  }

  /** The current user's share of applications by the role rules (the factories they act for). */
  ApplicationPolicy.Scope scope() {
    return policy.scopeOf(CurrentUser.current());
  }

  /** The application of this reference, if the current user may see it. */
  FundingApplication of(String reference) {
    return check(
        applications
            .findByReference(reference)
            .orElseThrow(() -> new NotFoundException("Application", reference)));
  }

  /** As {@link #of}, locked until the transaction ends, so that changes to it queue. */
  FundingApplication locked(String reference) {
    return check(
        applications
            .lockByReference(reference)
            .orElseThrow(() -> new NotFoundException("Application", reference)));
  }

  FundingApplication check(FundingApplication application) {
    ApplicationPolicy.Scope scope = scope();
    ApplicationPolicy.visible(scope, application);
    if (hiddenFrom(scope.user()).contains(application.reference())) {
      throw new NotFoundException("Application", application.reference());
    }
    return application;
  }

  /** The references every other module withholds from this user. */
  Set<String> hiddenFrom(CurrentUser user) {
    Set<String> hidden = new HashSet<>();
    vetoes.forEach(v -> hidden.addAll(v.hiddenFrom(user)));
    return hidden;
  }
}
