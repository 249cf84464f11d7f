package dev.casebook.web;

import java.util.ArrayList;
import java.util.List;

import dev.casebook.web.CategoryList.Chip;
import dev.casebook.web.CategoryList.ChipGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryListTests {

	@Test
	void theActiveChipAndTheLargestShowAtOnceInNameOrderAndTheRestFoldAway() {
		List<Chip> chips = new ArrayList<>();
		for (char name = 'a'; name <= 'n'; name++) {
			chips.add(new Chip(String.valueOf(name), name - 'a' + 1, name == 'a', "/tools?tag=" + name));
		}
		ChipGroup group = new ChipGroup("tag", "Tag", chips);
		assertThat(group.leading()).extracting(Chip::label)
			.containsExactly("a", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n");
		assertThat(group.others()).extracting(Chip::label).containsExactly("b", "c");
	}

	@Test
	void aFewChipsAllShowAtOnce() {
		ChipGroup group = new ChipGroup("company", "Used by", List.of(new Chip("Acme", 2, false, "/tools?company=acme")));
		assertThat(group.leading()).hasSize(1);
		assertThat(group.others()).isEmpty();
	}

}
