package org.cppp.recognition;

/** A recognised nominee as the public sees it: names, category and grade only. */
public record RecognisedPartner(
    long id, int year, String nameEn, String nameZh, CategoryView category, GradeView grade) {}
