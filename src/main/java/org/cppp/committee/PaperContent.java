package org.cppp.committee;

/** A paper's bytes, for download. */
public record PaperContent(String filename, byte[] content) {}
