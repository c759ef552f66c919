package org.cppp.outreach;

/** A stored file to send: name, type (checked at upload) and bytes. */
public record FileContent(String filename, String contentType, byte[] content) {}
