package dev.casebook.status;

import java.util.Optional;

import dev.casebook.CasebookProperties;
import dev.casebook.content.LiveContent;
import org.springframework.stereotype.Service;

/** What entry pages show about their files now: problems, lag and edit links ({@link EntryPages}). */
@Service
public class EntryFiles {

	private final LiveContent content;

	private final CasebookProperties properties;

	EntryFiles(LiveContent content, CasebookProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	public EntryPages now() {
		return new EntryPages(Optional.of(this.content.status()), this.properties.editUrl());
	}

}
