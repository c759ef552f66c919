package org.cppp.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.recognition.CategoryView;
import org.cppp.recognition.CycleView;
import org.cppp.recognition.NewCycle;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionNominations;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * {@code recognitions}: enterprises recognised in past cycles, keyed by cycle, category and name; a
 * missing cycle is created (with every category and grade).
 */
@Component
class RecognitionImport extends KeyedImport<RecognitionImport.Recognised> {

  record Recognised(int year, String category, String name) {}

  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;
  private volatile Set<String> categories = Set.of();
  private volatile Map<Integer, CycleView> known = Map.of();

  RecognitionImport(RecognitionCycles cycles, RecognitionNominations nominations, ImportKeys keys) {
    super(keys);
    this.cycles = cycles;
    this.nominations = nominations;
  }

  @Override
  public String name() {
    return "recognitions";
  }

  @Override
  public List<String> columns() {
    return List.of("cycle", "category", "name");
  }

  @Override
  public Set<String> required() {
    return Set.of("cycle", "category", "name");
  }

  @Override
  public String keyColumn() {
    return "name";
  }

  @Override
  public Session open() {
    categories = cycles.categories().stream().map(CategoryView::code).collect(Collectors.toSet());
    known =
        cycles.list(PageRequest.of(0, 2000)).stream()
            .collect(Collectors.toMap(CycleView::year, Function.identity()));
    return super.open();
  }

  @Override
  Recognised parse(CsvRow row) {
    Integer year = row.count("cycle", true);
    if (year != null && (year < 2009 || year > 2999)) {
      row.reject("cycle", "cycle-year", year.toString());
    }
    String category = row.code("category", categories, true);
    String name = row.text("name", true, 200);
    if (name != null && name.contains("\t")) {
      row.reject("name", "tab");
    }
    return row.valid() ? new Recognised(year, category, name) : null;
  }

  @Override
  void checkMore(CsvRow row, Recognised r) {
    CycleView cycle = known.get(r.year());
    if (cycle != null && cycle.published()) {
      row.reject("cycle", "cycle-published", String.valueOf(r.year()));
    } else if (cycle != null && !cycle.categories().contains(r.category())) {
      row.reject("category", "category-not-in-cycle", r.category(), String.valueOf(r.year()));
    }
  }

  @Override
  String key(Recognised r) {
    return r.year() + "|" + r.category() + "|" + r.name().toLowerCase(Locale.ROOT);
  }

  @Override
  void save(Recognised r) {
    if (!known.containsKey(r.year())) {
      CycleView created =
          cycles.create(
              new NewCycle(
                  r.year(),
                  "Recognition " + r.year(),
                  LocalDate.of(r.year(), 1, 1),
                  LocalDate.of(r.year(), 12, 31),
                  List.of(),
                  List.of()));
      Map<Integer, CycleView> more = new java.util.HashMap<>(known);
      more.put(r.year(), created);
      known = more;
    }
    // A blank first line: BulkLines skips a first line starting with "name" as a header.
    nominations.addRecognised(r.year(), "\n" + r.name() + ", " + r.category());
  }
}
