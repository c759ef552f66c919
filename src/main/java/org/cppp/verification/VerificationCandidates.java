package org.cppp.verification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications a user may open a verification case for: those they see (a factory its own, a
 * provider those naming it), each said eligible or not and with its case if it has one.
 */
@Service
@Transactional(readOnly = true)
public class VerificationCandidates {

  static final int LIMIT = 20;

  private final FundingApplications applications;
  private final Cases cases;
  private final Verifiable verifiable;

  VerificationCandidates(FundingApplications applications, Cases cases, Verifiable verifiable) {
    this.applications = applications;
    this.verifiable = verifiable;
    this.cases = cases;
  }

  /**
   * Up to {@value #LIMIT} applications, newest first: those whose reference, title or BR number
   * contains the text, or without text the completed ones.
   */
  @PreAuthorize(VerificationPolicy.ENTER)
  public List<CaseCandidate> find(String text) {
    boolean any = text != null && !text.isBlank();
    ApplicationQuery query =
        new ApplicationQuery(
            null,
            any ? null : ApplicationStatus.COMPLETED,
            null,
            null,
            null,
            null,
            null,
            any ? text.strip() : null);
    List<ApplicationView> found =
        applications
            .search(query, PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "id")))
            .getContent();
    Map<String, Long> opened =
        cases
            .findByApplicationRefIn(found.stream().map(ApplicationView::reference).toList())
            .stream()
            .collect(Collectors.toMap(VerificationCase::applicationRef, VerificationCase::id));
    Function<ApplicationView, CaseCandidate> candidate =
        a ->
            new CaseCandidate(
                a.reference(),
                a.title(),
                a.scheme(),
                a.status(),
                verifiable.of(a),
                opened.get(a.reference()));
    return found.stream().map(candidate).toList();
  }
}
