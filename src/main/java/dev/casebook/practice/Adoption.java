package dev.casebook.practice;

/** A practice and how many companies adopt it. */
public record Adoption(Practice practice, int companies) {
}
