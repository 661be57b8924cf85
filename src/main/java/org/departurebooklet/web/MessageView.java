package org.departurebooklet.web;

/** What message.mustache shows: a short page for errors that cannot re-show the form. */
public record MessageView(
    String lang, String title, String text, String backHref, String backLabel) {}
