package org.cppp.outreach;

import java.util.EnumSet;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Success stories of completed demonstration projects, edited by officers in three languages. */
@Service
@Transactional
public class Stories {

  static final String AUDIT_TYPE = "story";

  private final StoryRecords stories;
  private final StoredFiles files;
  private final AuditTrail audit;

  Stories(StoryRecords stories, StoredFiles files, AuditTrail audit) {
    this.stories = stories;
    this.files = files;
    this.audit = audit;
  }

  /** Writes a new story (published or not). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public StoryView create(StoryCommand command) {
    Story story = stories.save(new Story(command));
    audit.record(AUDIT_TYPE, String.valueOf(story.id()), "CREATED", story.snapshot());
    return story.view();
  }

  /** Changes a story's texts, category or whether it is public. */
  @PreAuthorize(OutreachPolicy.EDIT)
  public StoryView update(long id, StoryCommand command) {
    Story story = find(id);
    Map<String, Object> before = story.snapshot();
    story.apply(command);
    audit.record(
        AUDIT_TYPE, String.valueOf(id), "UPDATED", Changes.between(before, story.snapshot()));
    return story.view();
  }

  /** Adds a photo (JPEG or PNG, at most 5 MB). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public StoryView addPhoto(long id, Upload photo) {
    Story story = find(id);
    FileKind kind =
        FileKind.check(
            photo, EnumSet.of(FileKind.JPEG, FileKind.PNG), FileKind.MAX_PHOTO_BYTES, "photo");
    if (!story.addPhoto(files.save(photo, kind))) {
      throw new RuleViolation("photo", "outreach.story.tooManyPhotos", Story.MAX_PHOTOS);
    }
    audit.record(AUDIT_TYPE, String.valueOf(id), "PHOTO_ADDED", Map.of("file", photo.filename()));
    return story.view();
  }

  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public StoryView get(long id) {
    return find(id).view();
  }

  /** Every story, for staff. */
  @PreAuthorize(OutreachPolicy.READ)
  @Transactional(readOnly = true)
  public Page<StoryView> list(Pageable pageable) {
    return stories.findAll(pageable).map(Story::view);
  }

  /** Published stories. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Page<StoryView> published(Pageable pageable) {
    return stories.findByPublishedTrue(pageable).map(Story::view);
  }

  /** A published story (staff see unpublished ones too). */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public StoryView publishedStory(long id) {
    return visible(id).view();
  }

  /** A photo of a story the caller may see. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public FileContent photo(long id, int position) {
    long fileId = visible(id).photo(position).orElseThrow(() -> new NotFoundException("Photo", id));
    return files.load(fileId).orElseThrow(() -> new NotFoundException("Photo", id));
  }

  private Story visible(long id) {
    return stories
        .findById(id)
        .filter(s -> s.published() || OutreachPolicy.isStaff(CurrentUser.current()))
        .orElseThrow(() -> new NotFoundException("Story", id));
  }

  private Story find(long id) {
    return stories.findById(id).orElseThrow(() -> new NotFoundException("Story", id));
  }
}
