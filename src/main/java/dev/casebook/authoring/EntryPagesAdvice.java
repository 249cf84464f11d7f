package dev.casebook.authoring;

import java.util.Optional;

import dev.casebook.CasebookProperties;
import dev.casebook.content.ContentIndexer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@code entryPages} model attribute used by the entry fragments. Works
 * without an indexer or properties (web slice tests): then there is no banner and no edit link.
 */
@ControllerAdvice
class EntryPagesAdvice {

	private final ObjectProvider<ContentIndexer> indexer;

	private final ObjectProvider<CasebookProperties> properties;

	EntryPagesAdvice(ObjectProvider<ContentIndexer> indexer, ObjectProvider<CasebookProperties> properties) {
		this.indexer = indexer;
		this.properties = properties;
	}

	@ModelAttribute("entryPages")
	EntryPages entryPages() {
		ContentIndexer current = this.indexer.getIfAvailable();
		CasebookProperties settings = this.properties.getIfAvailable();
		return new EntryPages((current != null) ? current.lastReport() : Optional.empty(),
				(settings != null) ? settings.editUrl() : null);
	}

}
