package org.cppp.recognition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cppp.shared.RuleViolation;

/** One annual cycle of the scheme: its nomination period, categories, grades and status. */
@Entity
@Table(name = "recognition_cycle")
class RecognitionCycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_year")
  private int year;

  private String title;

  @Column(name = "nominations_open")
  private LocalDate nominationsOpen;

  @Column(name = "nominations_close")
  private LocalDate nominationsClose;

  @Enumerated(EnumType.STRING)
  private CycleStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "recognition_cycle_category",
      joinColumns = @JoinColumn(name = "cycle_id"))
  @Column(name = "category_code")
  private Set<String> categories = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "recognition_cycle_grade", joinColumns = @JoinColumn(name = "cycle_id"))
  @Column(name = "grade_code")
  private Set<String> grades = new TreeSet<>();

  protected RecognitionCycle() {}

  RecognitionCycle(
      int year,
      String title,
      LocalDate opens,
      LocalDate closes,
      Set<String> categories,
      Set<String> grades) {
    if (closes.isBefore(opens)) {
      throw new RuleViolation("nominationsClose", "recognition.cycle.period-invalid");
    }
    if (categories.isEmpty()) {
      throw new RuleViolation("categories", "recognition.cycle.no-categories");
    }
    if (grades.isEmpty()) {
      throw new RuleViolation("grades", "recognition.cycle.no-grades");
    }
    this.year = year;
    this.title = title.trim();
    this.nominationsOpen = opens;
    this.nominationsClose = closes;
    this.status = CycleStatus.DRAFT;
    this.createdAt = Instant.now();
    this.categories.addAll(categories);
    this.grades.addAll(grades);
  }

  /** Moves to the action's status; refuses any step but the next. */
  void apply(CycleAction action) {
    if (!status.canTransitionTo(action.target())) {
      throw new RuleViolation(
          "status", "recognition.cycle.transition", status.name(), action.name());
    }
    status = action.target();
  }

  /** Whether the public may nominate today. */
  boolean openForPublicOn(LocalDate day) {
    return status == CycleStatus.OPEN_FOR_NOMINATIONS
        && !day.isBefore(nominationsOpen)
        && !day.isAfter(nominationsClose);
  }

  void checkAcceptsNominations() {
    if (!status.acceptsNominations()) {
      throw new RuleViolation("status", "recognition.cycle.closed", year);
    }
  }

  void checkCategory(String code) {
    if (!categories.contains(code)) {
      throw new RuleViolation("category", "recognition.category.not-in-cycle", code, year);
    }
  }

  void checkGrade(String code) {
    if (code == null || !grades.contains(code)) {
      throw new RuleViolation("grade", "recognition.grade.not-in-cycle", code, year);
    }
  }

  Long id() {
    return id;
  }

  int year() {
    return year;
  }

  CycleStatus status() {
    return status;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("year", year);
    values.put("title", title);
    values.put("nominationsOpen", nominationsOpen);
    values.put("nominationsClose", nominationsClose);
    values.put("status", status);
    values.put("categories", categories.toString());
    values.put("grades", grades.toString());
    return values;
  }

  CycleView view() {
    return new CycleView(
        year,
        title,
        nominationsOpen,
        nominationsClose,
        status,
        List.copyOf(categories),
        List.copyOf(grades));
  }
}
