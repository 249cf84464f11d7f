package dev.casebook.insights;

import java.util.List;

import dev.casebook.relation.Node;

/** An entry close to another, how close, and why ("shares 3 tags: …"). */
public record Related(Node entry, int score, List<String> reasons) {
}
