package dev.casebook.authoring;

import java.util.Optional;

import dev.casebook.CasebookProperties;
import dev.casebook.content.LiveContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@code entryPages} model attribute used by the entry fragments. Works
 * without the content or properties (web slice tests): then there is no banner and no edit link.
 */
@ControllerAdvice
class EntryPagesAdvice {

	private final ObjectProvider<LiveContent> content;

	private final ObjectProvider<CasebookProperties> properties;

	EntryPagesAdvice(ObjectProvider<LiveContent> content, ObjectProvider<CasebookProperties> properties) {
		this.content = content;
		this.properties = properties;
	}

	@ModelAttribute("entryPages")
	EntryPages entryPages() {
		LiveContent current = this.content.getIfAvailable();
		CasebookProperties settings = this.properties.getIfAvailable();
		return new EntryPages((current != null) ? Optional.of(current.status()) : Optional.empty(),
				(settings != null) ? settings.editUrl() : null);
	}

}
