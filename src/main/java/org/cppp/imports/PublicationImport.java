package org.cppp.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cppp.outreach.GuidebookCommand;
import org.cppp.outreach.GuidebookKind;
import org.cppp.outreach.GuidebookStatus;
import org.cppp.outreach.Publications;
import org.springframework.stereotype.Component;

/** {@code publications}: guidebooks published or in preparation, keyed by title. */
@Component
class PublicationImport extends KeyedImport<GuidebookCommand> {

  private final Publications publications;

  PublicationImport(Publications publications, ImportKeys keys) {
    super(keys);
    this.publications = publications;
  }

  @Override
  public String name() {
    return "publications";
  }

  @Override
  public List<String> columns() {
    return List.of("title", "kind", "topic", "status", "published_on");
  }

  @Override
  public Set<String> required() {
    return Set.of("title", "kind", "topic", "status");
  }

  @Override
  public String keyColumn() {
    return "title";
  }

  @Override
  GuidebookCommand parse(CsvRow row) {
    String title = row.text("title", true, 300);
    GuidebookKind kind = row.code("kind", GuidebookKind.class, true);
    String topic = row.text("topic", true, 200);
    GuidebookStatus status = row.code("status", GuidebookStatus.class, true);
    LocalDate publishedOn = row.date("published_on", false);
    if (status == GuidebookStatus.PUBLISHED && publishedOn == null && row.valid()) {
      row.reject("published_on", "required");
    }
    if (!row.valid()) {
      return null;
    }
    return new GuidebookCommand(title, title, title, kind, topic, status, publishedOn);
  }

  @Override
  String key(GuidebookCommand c) {
    return c.titleEn();
  }

  @Override
  void save(GuidebookCommand command) {
    publications.create(command);
  }
}
