package org.cppp.provider;

/** A GDEIC certificate to download: its cleaned name, its checked type and its bytes. */
public record CertificateContent(String filename, String contentType, byte[] content) {}
