package org.cppp.outreach;

/** A downloadable file of the resources area. */
public record ResourceView(
    long id, LocalText title, String filename, long fileBytes, boolean published, long downloads) {}
