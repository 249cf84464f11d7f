package dev.casebook.model;

/** A practice and how many companies adopt it. */
public record Adoption(Practice practice, int companies) {
}
