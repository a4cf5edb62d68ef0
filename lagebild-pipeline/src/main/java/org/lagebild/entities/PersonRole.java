package org.lagebild.entities;

import org.lagebild.model.Span;

/**
 * A role phrase that names a person's office or function right before the name ("der
 * US-Außenminister" before "John Smith").
 *
 * @param start start of the role phrase
 * @param end end of the role phrase
 * @param text the role phrase as written
 * @param personStart start of the person mention it belongs to
 * @param personEnd end of that person mention
 */
public record PersonRole(int start, int end, String text, int personStart, int personEnd) {
  public PersonRole {
    new Span(start, end);
    new Span(personStart, personEnd);
  }

  public Span person() {
    return new Span(personStart, personEnd);
  }
}
