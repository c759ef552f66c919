package org.cppp.outreach;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cppp.shared.TechnologyCategory;

/** A completed demonstration project's success story, with photos. */
@Entity
@Table(name = "outreach_story")
class Story {

  static final int MAX_PHOTOS = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_ref")
  private String applicationRef;

  @Enumerated(EnumType.STRING)
  private TechnologyCategory category;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "title_zh_hk")
  private String titleZhHk;

  @Column(name = "title_zh_cn")
  private String titleZhCn;

  @Column(name = "text_en")
  private String textEn;

  @Column(name = "text_zh_hk")
  private String textZhHk;

  @Column(name = "text_zh_cn")
  private String textZhCn;

  private String results;
  private boolean published;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outreach_story_photo", joinColumns = @JoinColumn(name = "story_id"))
  @OrderColumn(name = "position")
  @Column(name = "file_id")
  private List<Long> photoFileIds = new ArrayList<>();

  protected Story() {}

  Story(StoryCommand command) {
    this.createdAt = Instant.now();
    apply(command);
  }

  void apply(StoryCommand c) {
    this.applicationRef = c.applicationRef().trim().toUpperCase(Locale.ROOT);
    this.category = c.category();
    this.titleEn = c.titleEn().trim();
    this.titleZhHk = c.titleZhHk().trim();
    this.titleZhCn = c.titleZhCn().trim();
    this.textEn = c.textEn().trim();
    this.textZhHk = c.textZhHk().trim();
    this.textZhCn = c.textZhCn().trim();
    this.results = c.results() == null || c.results().isBlank() ? null : c.results().trim();
    this.published = c.published();
  }

  /** Adds a photo; refuses more than {@link #MAX_PHOTOS}. */
  boolean addPhoto(long fileId) {
    if (photoFileIds.size() >= MAX_PHOTOS) {
      return false;
    }
    photoFileIds.add(fileId);
    return true;
  }

  Optional<Long> photo(int position) {
    return position >= 0 && position < photoFileIds.size()
        ? Optional.of(photoFileIds.get(position))
        : Optional.empty();
  }

  boolean published() {
    return published;
  }

  Long id() {
    return id;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("applicationRef", applicationRef);
    values.put("category", category);
    values.put("titleEn", titleEn);
    values.put("titleZhHk", titleZhHk);
    values.put("titleZhCn", titleZhCn);
    values.put("textEn", textEn);
    values.put("textZhHk", textZhHk);
    values.put("textZhCn", textZhCn);
    values.put("results", results);
    values.put("published", published);
    values.put("photos", photoFileIds.size());
    return values;
  }

  StoryView view() {
    return new StoryView(
        id,
        applicationRef,
        category,
        new LocalText(titleEn, titleZhHk, titleZhCn),
        new LocalText(textEn, textZhHk, textZhCn),
        results,
        published,
        photoFileIds.size());
  }
}
