package org.departurebooklet.render;

/**
 * The fonts one booklet is set in, decided once from its text before it is laid out: the CSS
 * font-family lists for the body and for the student's name, and whether every character of the
 * booklet lies in the trimmed faces' repertoire (see {@link TrimmedFaces}). Immutable.
 *
 * @param bodyStack the CSS font-family list of the edition
 * @param nameStack the CSS font-family list that sets the name in one face, in bold where it can
 * @param trimmed whether the booklet embeds from the trimmed copies of the faces
 */
public record FontChoice(String bodyStack, String nameStack, boolean trimmed) {}
