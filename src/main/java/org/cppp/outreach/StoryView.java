package org.cppp.outreach;

import org.cppp.shared.TechnologyCategory;

/** A success story; {@code photos} is how many photos it has (numbered from 0). */
public record StoryView(
    long id,
    String applicationRef,
    TechnologyCategory category,
    LocalText title,
    LocalText text,
    String results,
    boolean published,
    int photos) {}
