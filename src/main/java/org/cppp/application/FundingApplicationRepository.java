package org.cppp.application;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cppp.funding.Scheme;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FundingApplicationRepository
    extends JpaRepository<FundingApplication, Long>, JpaSpecificationExecutor<FundingApplication> {

  Optional<FundingApplication> findByReference(String reference);

  /** The application, locked for the rest of the transaction: decisions are made one at a time. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from FundingApplication a where a.reference = :reference")
  Optional<FundingApplication> lockByReference(String reference);

  /** A factory's applications, locked for the rest of the transaction (a merge moves them). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select a from FundingApplication a where a.factoryBr = :factoryBr order by a.id")
  List<FundingApplication> lockByFactoryBr(String factoryBr);

  boolean existsByFactoryBrAndSchemeAndStatusInAndReferenceNot(
      String factoryBr, Scheme scheme, Collection<ApplicationStatus> statuses, String reference);

  /** The factory's latest earlier application of a scheme in these statuses, by decision date. */
  Optional<FundingApplication>
      findFirstByFactoryBrAndSchemeAndStatusInAndReferenceNotOrderByDecidedOnDesc(
          String factoryBr,
          Scheme scheme,
          Collection<ApplicationStatus> statuses,
          String reference);

  @Query(value = "select nextval('application_reference_seq')", nativeQuery = true)
  long nextReferenceNumber();

  long countByStatus(ApplicationStatus status);

  /** The first day after {@code date} on which the factory started an application. */
  @Query(
      value =
          "select min(c.effective_on) from application_status_change c join funding_application a"
              + " on a.id = c.application_id where a.factory_br = :factoryBr and c.from_status is null"
              + " and c.effective_on > :date",
      nativeQuery = true)
  LocalDate firstCreatedAfter(String factoryBr, LocalDate date);

  long countByFactoryBrAndStatusIn(String factoryBr, Collection<ApplicationStatus> statuses);

  /** The newest two applications of a factory in a status (enough to tell one from several). */
  List<FundingApplication> findTop2ByFactoryBrAndStatusOrderByIdDesc(
      String factoryBr, ApplicationStatus status);
}
