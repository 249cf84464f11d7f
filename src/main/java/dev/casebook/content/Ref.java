package dev.casebook.content;

/** A slug named in front matter, with the file line it stands on. */
public record Ref(String slug, int line) {
}
